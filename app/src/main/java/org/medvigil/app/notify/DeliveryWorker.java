package org.medvigil.app.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Sends due deliveries. Each is claimed first (a conditional UPDATE, so two nodes never send the
 * same one), sent outside any transaction, and its outcome recorded: delivered, or retried with
 * exponential backoff (1, 2, 4, ... minutes, at most an hour apart) until the last attempt, then
 * failed. Time comes from the {@link Clock}; nothing here waits.
 */
@Service
public class DeliveryWorker {
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final int BATCH = 100;

    private final NotificationStore store;
    private final Map<String, NotificationChannel> channels = new LinkedHashMap<>();
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final int maxAttempts;

    DeliveryWorker(NotificationStore store, List<NotificationChannel> channels, Clock clock,
                   @Value("${medvigil.notify.retry.first:PT1M}") Duration firstRetry,
                   @Value("${medvigil.notify.retry.max:PT1H}") Duration maxRetry,
                   @Value("${medvigil.notify.retry.attempts:10}") int maxAttempts) {
        this.store = store;
        channels.forEach(c -> this.channels.put(c.name(), c));
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.maxAttempts = maxAttempts;
    }

    /** Sends every delivery that is due now; returns how many were attempted. */
    public int deliverDue() {
        int attempted = 0;
        Instant now = clock.instant();
        for (long id : store.due(now, BATCH)) {
            if (!store.claim(id, now, now.plus(CLAIM))) {
                continue;
            }
            attempted++;
            NotificationStore.Work w = store.work(id);
            int attempt = w.attempts() + 1;
            NotificationChannel channel = channels.get(w.channel());
            try {
                if (channel == null) {
                    throw new NotificationChannel.DeliveryFailure(null, "unknown channel " + w.channel());
                }
                Integer status = channel.send(w, w.payload(), id);
                store.delivered(id, attempt, status, clock.instant());
            } catch (NotificationChannel.DeliveryFailure e) {
                Instant at = clock.instant();
                store.attemptFailed(id, attempt, e.status(), e.getMessage(), at,
                        attempt >= maxAttempts ? null : at.plus(backoff(attempt)));
            }
        }
        return attempted;
    }

    /** The wait after the n-th failed attempt: first, then doubling, capped. */
    Duration backoff(int failedAttempts) {
        Duration d = firstRetry;
        for (int i = 1; i < failedAttempts && d.compareTo(maxRetry) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxRetry) > 0 ? maxRetry : d;
    }
}
