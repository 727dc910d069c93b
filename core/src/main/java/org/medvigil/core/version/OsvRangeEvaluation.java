package org.medvigil.core.version;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.medvigil.core.version.OsvEventRange.Event;
import org.medvigil.core.version.OsvEventRange.Kind;

/**
 * The OSV schema's evaluation algorithm for one {@code ranges[]} entry. A version is affected
 * when it is before some {@code limit} (or there is none; {@code "*"} is infinity) and, walking
 * the events in version order, the last one that applies is an {@code introduced}: an
 * {@code introduced} applies when the version is at or above it ({@code "0"} sorts before every
 * version), a {@code fixed} when at or above it, a {@code last_affected} when above it. Events of
 * equal version keep their given order, as a stable sort would.
 *
 * <p>{@code SEMVER} ranges are always ordered by SemVer 2.0.0 ({@link SemverVersionScheme}),
 * whatever the package's ecosystem; {@code ECOSYSTEM} ranges by the range's scheme. A GIT range,
 * an unknown type, a missing scheme, a range without {@code introduced}, or a version (tested or
 * bound) the scheme cannot read gives {@link Containment#UNKNOWN}. Evaluation itself runs in
 * {@link CompiledOsvRange}; this class holds the ordering and the description.
 */
final class OsvRangeEvaluation {
    private static final VersionScheme SEMVER = new SemverVersionScheme();

    private OsvRangeEvaluation() {
    }

    /** The scheme that orders this range's versions, or null when it cannot be evaluated. */
    static VersionScheme orderingOf(OsvEventRange range) {
        String type = range.type() == null ? "" : range.type().toUpperCase(Locale.ROOT);
        return switch (type) {
            case "SEMVER" -> SEMVER;
            case "ECOSYSTEM" -> range.scheme();
            default -> null;
        };
    }

    /** Version order of two events, {@code introduced: "0"} first. */
    static int order(Event a, Event b, VersionScheme scheme) {
        boolean aZero = isZero(a);
        boolean bZero = isZero(b);
        if (aZero || bZero) {
            return aZero == bZero ? 0 : aZero ? -1 : 1;
        }
        if (a.kind() == Kind.LIMIT && a.version().contains("*") || b.kind() == Kind.LIMIT && b.version().contains("*")) {
            boolean aInf = a.kind() == Kind.LIMIT && a.version().contains("*");
            boolean bInf = b.kind() == Kind.LIMIT && b.version().contains("*");
            return aInf == bInf ? 0 : aInf ? 1 : -1;
        }
        return scheme.compare(a.version(), b.version());
    }

    private static boolean isZero(Event e) {
        return e.kind() == Kind.INTRODUCED && "0".equals(e.version());
    }

    /**
     * {@code >=1.2.0, <1.4.1} for ranges of introduced and fixed events (intervals joined by
     * {@code ; }, {@code introduced: "0"} leaving the lower bound open); the events in OSV's own
     * words ({@code introduced 0, last_affected 2.3}) when there are last_affected or limit
     * events, whose meaning a reader should see as stated.
     */
    static String describe(OsvEventRange range) {
        List<Event> events = sorted(range);
        if (events.isEmpty()) {
            return "no events";
        }
        boolean simple = events.stream().allMatch(e -> e.kind() == Kind.INTRODUCED || e.kind() == Kind.FIXED);
        List<String> parts = new ArrayList<>();
        if (!simple) {
            for (Event e : events) {
                parts.add(e.kind().key() + " " + e.version());
            }
            return String.join(", ", parts);
        }
        StringBuilder interval = new StringBuilder();
        for (Event e : events) {
            if (e.kind() == Kind.INTRODUCED) {
                if (!interval.isEmpty()) {
                    parts.add(interval.toString());
                    interval.setLength(0);
                }
                interval.append(isZero(e) ? "" : ">=" + e.version());
            } else {
                interval.append(interval.isEmpty() ? "" : ", ").append('<').append(e.version());
                parts.add(interval.toString());
                interval.setLength(0);
            }
        }
        if (!interval.isEmpty() || parts.isEmpty()) {
            parts.add(interval.isEmpty() ? "all versions" : interval.toString());
        }
        return String.join("; ", parts);
    }

    /** The events in version order when the scheme can read them all, else as given. */
    private static List<Event> sorted(OsvEventRange range) {
        VersionScheme scheme = orderingOf(range);
        List<Event> events = new ArrayList<>(range.events());
        if (scheme != null) {
            try {
                events.sort(Comparator.comparing(e -> e, (a, b) -> order(a, b, scheme)));
            } catch (InvalidVersionException | IllegalArgumentException e) {
                // unreadable versions, or an order TimSort finds inconsistent: keep the record's order
                return range.events();
            }
        }
        return events;
    }
}
