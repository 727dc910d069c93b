package org.medvigil.app.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Sends due notifications every few seconds and checks case deadlines hourly; off with {@code medvigil.scheduler.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "medvigil.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class NotificationScheduler {
    private final DeliveryWorker worker;
    private final CaseDeadlineWatch deadlines;

    NotificationScheduler(DeliveryWorker worker, CaseDeadlineWatch deadlines) {
        this.worker = worker;
        this.deadlines = deadlines;
    }

    /** Case clocks move with the calendar: looked at every hour. */
    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "${medvigil.notify.case-check:PT1H}")
    void caseDeadlines() {
        deadlines.check();
    }

    @Scheduled(initialDelayString = "${medvigil.notify.tick:PT15S}", fixedDelayString = "${medvigil.notify.tick:PT15S}")
    void tick() {
        worker.deliverDue();
    }
}
