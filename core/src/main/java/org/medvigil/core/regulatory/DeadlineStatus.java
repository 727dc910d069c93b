package org.medvigil.core.regulatory;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a deadline stands on a given day: on track, due soon, overdue, met (on time) or met
 * late. Computed, never stored: it changes with the calendar.
 *
 * @param state       the state
 * @param due         the deadline
 * @param metOn       when it was met, or {@code null}
 * @param daysLeft    days until due (negative when overdue); 0 when met
 */
public record DeadlineStatus(State state, LocalDate due, LocalDate metOn, long daysLeft) {

    public enum State { ON_TRACK, DUE_SOON, OVERDUE, MET, MET_LATE }

    /**
     * @param warnDays how many days before the deadline it counts as due soon
     */
    public static DeadlineStatus of(LocalDate due, LocalDate metOn, LocalDate today, int warnDays) {
        if (metOn != null) {
            return new DeadlineStatus(metOn.isAfter(due) ? State.MET_LATE : State.MET, due, metOn, 0);
        }
        long left = ChronoUnit.DAYS.between(today, due);
        State s = left < 0 ? State.OVERDUE : left <= warnDays ? State.DUE_SOON : State.ON_TRACK;
        return new DeadlineStatus(s, due, null, left);
    }

    /** "on track (due 2026-12-25, 30 days left)", "overdue by 3 days (due …)", "met on 2026-12-01". */
    public String describe() {
        return switch (state) {
            case ON_TRACK -> "on track (due " + due + ", " + days(daysLeft) + " left)";
            case DUE_SOON -> daysLeft == 0 ? "due today (" + due + ")" : "due in " + days(daysLeft) + " (" + due + ")";
            case OVERDUE -> "overdue by " + days(-daysLeft) + " (was due " + due + ")";
            case MET -> "met on " + metOn + " (due " + due + ")";
            case MET_LATE -> "met late on " + metOn + " (was due " + due + ")";
        };
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
