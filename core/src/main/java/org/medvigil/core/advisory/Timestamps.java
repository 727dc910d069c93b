package org.medvigil.core.advisory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.medvigil.core.InvalidInputException;

/**
 * Reads the timestamps advisory sources write: RFC 3339 with offset (OSV, CSAF), without offset
 * (NVD writes UTC as {@code 2021-12-10T10:15:09.143}), or a bare date. Anything else is bad input.
 */
final class Timestamps {
    private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile("[+-]\\d\\d:?\\d\\d$");

    private Timestamps() {
    }

    /** The instant, or {@code null} when {@code text} is null or blank. */
    static Instant parse(String text, String field, String location) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        Instant fast = rfc3339(s);
        if (fast != null) {
            return fast;
        }
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            char last = s.charAt(s.length() - 1);
            boolean zoned = last == 'Z' || last == 'z' || OFFSET.matcher(s).find();
            if (zoned) {
                return OffsetDateTime.parse(s.replace(' ', 'T').replace('z', 'Z')).toInstant();
            }
            return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(location, field + " is not a date-time: \"" + clip(s) + "\"");
        }
    }

    /**
     * {@code YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)} without the formatter machinery,
     * which dominates on a cold JVM; null when the text has another shape.
     */
    private static Instant rfc3339(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int digits = 0;
            i++;
            while (i < n && Character.isDigit(s.charAt(i))) {
                if (digits < 9) {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                }
                digits++;
                i++;
            }
            if (digits == 0) {
                return null;
            }
            for (int d = digits; d < 9; d++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
            offsetSeconds = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int h = number(s, i + 1, 2);
            int m = number(s, i + 4, 2);
            if (h < 0 || m < 0) {
                return null;
            }
            offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (h * 3600 + m * 60);
        } else {
            return null;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 2);
        int day = number(s, 8, 2);
        int hour = number(s, 11, 2);
        int minute = number(s, 14, 2);
        int second = number(s, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            long epoch = LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC);
            return Instant.ofEpochSecond(epoch - offsetSeconds, nanos);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int number(String s, int from, int digits) {
        int v = 0;
        for (int i = from; i < from + digits; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
