package org.medvigil.app.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages write times and names: instants in UTC to the minute (the server's clock and the
 * audit log are UTC), codes such as {@code not_affected} as words. Available to every page as
 * {@code fmt}.
 */
public final class Formats {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** "2026-11-02 08:00 UTC"; empty for null. */
    public String when(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    /** "2026-11-02" (UTC); empty for null. */
    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** "not_affected" and "NOT_AFFECTED" to "not affected"; empty for null. */
    public String words(Object code) {
        return code == null ? "" : code.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A recorded detail's name as words: "addedRisk" to "added risk", "pm17Missing" to "PM-17 missing". */
    public String label(String key) {
        if (key == null) {
            return "";
        }
        String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.replaceAll("\\bpm(\\d+)", "PM-$1").replace("isao", "ISAO").replace("capa", "CAPA").replace("mdr", "MDR");
    }

    /** A recorded detail's value for reading: lists joined, yes/no for flags. */
    public String value(Object value) {
        if (value instanceof java.util.Collection<?> c) {
            return c.isEmpty() ? "none" : c.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("; "));
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return value == null ? "" : value.toString();
    }

    /** The first 12 characters of a hash, for tables (the full value is in the title). */
    public String shortHash(String hash) {
        return hash == null || hash.length() <= 12 ? hash : hash.substring(0, 12) + "…";
    }
}
