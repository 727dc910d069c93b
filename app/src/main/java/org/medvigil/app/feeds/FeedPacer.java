package org.medvigil.app.feeds;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Waits between requests to a rate-limited API (NVD). The only place the feeds wait on the wall
 * clock; an interval of zero (tests, a local mirror) waits not at all.
 */
@Component
class FeedPacer {
    void pause(Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pacing requests", e);
        }
    }
}
