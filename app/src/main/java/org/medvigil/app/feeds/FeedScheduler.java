package org.medvigil.app.feeds;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The scheduler's tick: once a minute, every due source runs (on whichever node takes its
 * lease). Off with {@code medvigil.scheduler.enabled=false} (tests and offline commands, which
 * trigger runs themselves); the sources themselves run on their own only with
 * {@code medvigil.feeds.sync.enabled=true}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "medvigil.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class FeedScheduler {
    private final FeedRunner runner;

    FeedScheduler(FeedRunner runner) {
        this.runner = runner;
    }

    @Scheduled(initialDelayString = "${medvigil.feeds.tick:PT1M}", fixedDelayString = "${medvigil.feeds.tick:PT1M}")
    void tick() {
        runner.runDue();
    }
}
