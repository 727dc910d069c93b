package org.medvigil.app.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Sends due notifications every few seconds; off with {@code medvigil.scheduler.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "medvigil.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class NotificationScheduler {
    private final DeliveryWorker worker;

    NotificationScheduler(DeliveryWorker worker) {
        this.worker = worker;
    }

    @Scheduled(initialDelayString = "${medvigil.notify.tick:PT15S}", fixedDelayString = "${medvigil.notify.tick:PT15S}")
    void tick() {
        worker.deliverDue();
    }
}
