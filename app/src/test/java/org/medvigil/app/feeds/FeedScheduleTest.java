package org.medvigil.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedScheduleTest {
    private static final Instant T = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void anIntervalACronExpressionOrManual() {
        assertThat(FeedSchedule.parse("PT6H").next(T)).contains(Instant.parse("2026-11-02T14:00:00Z"));
        assertThat(FeedSchedule.parse("0 30 2 * * *").next(T)).contains(Instant.parse("2026-11-03T02:30:00Z"));
        assertThat(FeedSchedule.parse("manual").next(T)).isEmpty();
    }

    @Test
    void nonsenseIsRefusedInOneLine() {
        assertThatThrownBy(() -> FeedSchedule.parse("every day")).hasMessageContaining("neither an ISO-8601 duration");
        assertThatThrownBy(() -> FeedSchedule.parse("PT5S")).hasMessageContaining("shorter than one minute");
    }
}
