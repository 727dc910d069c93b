package org.medvigil.app.feeds;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;

/**
 * When a source runs next: every fixed interval (ISO-8601, {@code PT6H}), by a cron expression
 * (Spring's six fields, UTC), or only when triggered ({@code manual}).
 */
sealed interface FeedSchedule {

    /** The next run after {@code from}; empty for a manual source. */
    Optional<Instant> next(Instant from);

    record Every(Duration interval) implements FeedSchedule {
        @Override
        public Optional<Instant> next(Instant from) {
            return Optional.of(from.plus(interval));
        }
    }

    record Cron(CronExpression cron) implements FeedSchedule {
        @Override
        public Optional<Instant> next(Instant from) {
            return Optional.ofNullable(cron.next(from.atZone(ZoneOffset.UTC))).map(z -> z.toInstant());
        }
    }

    record Manual() implements FeedSchedule {
        @Override
        public Optional<Instant> next(Instant from) {
            return Optional.empty();
        }
    }

    /** @throws IllegalArgumentException with a one-line message when the text is neither form */
    static FeedSchedule parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.equalsIgnoreCase("manual")) {
            return new Manual();
        }
        if (s.startsWith("P") || s.startsWith("p")) {
            try {
                Duration d = Duration.parse(s);
                if (d.compareTo(Duration.ofMinutes(1)) < 0) {
                    throw new IllegalArgumentException("schedule '" + s + "' is shorter than one minute");
                }
                return new Every(d);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("schedule '" + s + "' is not an ISO-8601 duration such as PT6H");
            }
        }
        try {
            return new Cron(CronExpression.parse(s));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("schedule '" + s + "' is neither an ISO-8601 duration (PT6H), "
                    + "a cron expression (0 30 2 * * *) nor 'manual'");
        }
    }
}
