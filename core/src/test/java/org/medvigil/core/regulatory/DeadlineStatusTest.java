package org.medvigil.core.regulatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.medvigil.core.regulatory.DeadlineStatus.State;

class DeadlineStatusTest {
    static final LocalDate DUE = LocalDate.of(2026, 2, 9);

    @Test
    void statusFollowsTheCalendarWithAWarningWindow_PM16() {
        assertThat(DeadlineStatus.of(DUE, null, DUE.minusDays(10), 7).state()).isEqualTo(State.ON_TRACK);
        assertThat(DeadlineStatus.of(DUE, null, DUE.minusDays(7), 7).state()).isEqualTo(State.DUE_SOON);
        assertThat(DeadlineStatus.of(DUE, null, DUE, 7).describe()).isEqualTo("due today (2026-02-09)");
        assertThat(DeadlineStatus.of(DUE, null, DUE.plusDays(3), 7).describe()).isEqualTo("overdue by 3 days (was due 2026-02-09)");
        assertThat(DeadlineStatus.of(DUE, DUE.minusDays(1), DUE.plusDays(30), 7).state()).isEqualTo(State.MET);
        assertThat(DeadlineStatus.of(DUE, DUE.plusDays(1), DUE.plusDays(30), 7).state()).isEqualTo(State.MET_LATE);
        assertThat(DeadlineStatus.of(DUE, null, DUE.minusDays(2), 7).describe()).isEqualTo("due in 2 days (2026-02-09)");
    }
}
