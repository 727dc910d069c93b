package org.medvigil.core.version;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.medvigil.core.version.OsvEventRange.Event;
import org.medvigil.core.version.OsvEventRange.Kind;

/**
 * An OSV range made ready for many evaluations: its events sorted into version order and every
 * bound read by the scheme once. Matching evaluates the same few hundred thousand ranges
 * against a million component versions; reading bounds again each time (through a cache that
 * such volumes thrash) dominated the cost. The result is the same as {@link OsvRangeEvaluation}'s
 * walk: the last applicable event in version order decides, ties keep the record's order.
 */
final class CompiledOsvRange<V> {
    /** A range that cannot be evaluated: every version is UNKNOWN. */
    static final CompiledOsvRange<Object> UNEVALUABLE = new CompiledOsvRange<>(null, List.of(), List.of(), false);

    private final VersionReader<V> reader;
    private final List<Event> sorted;
    private final List<V> bounds;
    private final boolean hasLimit;

    private CompiledOsvRange(VersionReader<V> reader, List<Event> sorted, List<V> bounds, boolean hasLimit) {
        this.reader = reader;
        this.sorted = sorted;
        this.bounds = bounds;
        this.hasLimit = hasLimit;
    }

    static CompiledOsvRange<?> compile(OsvEventRange range) {
        VersionScheme scheme = OsvRangeEvaluation.orderingOf(range);
        if (scheme == null || range.events().stream().noneMatch(e -> e.kind() == Kind.INTRODUCED)) {
            return UNEVALUABLE;
        }
        try {
            return compile(range, VersionReader.of(scheme), scheme);
        } catch (InvalidVersionException | IllegalArgumentException e) {
            // An unreadable bound (or an order the sort finds inconsistent): nothing can be decided.
            return UNEVALUABLE;
        }
    }

    private static <V> CompiledOsvRange<V> compile(OsvEventRange range, VersionReader<V> reader, VersionScheme scheme) {
        List<Event> sorted = new ArrayList<>(range.events());
        sorted.sort(Comparator.comparing(e -> e, (a, b) -> OsvRangeEvaluation.order(a, b, scheme)));
        List<V> bounds = new ArrayList<>(sorted.size());
        boolean limit = false;
        for (Event e : sorted) {
            limit |= e.kind() == Kind.LIMIT;
            bounds.add(unbounded(e) ? null : reader.read(e.version()));
        }
        return new CompiledOsvRange<>(reader, List.copyOf(sorted), bounds, limit);
    }

    /** {@code introduced: "0"} (before every version) and {@code limit: "*"} (after every version) have no bound. */
    private static boolean unbounded(Event e) {
        return e.kind() == Kind.INTRODUCED && "0".equals(e.version())
                || e.kind() == Kind.LIMIT && e.version().contains("*");
    }

    Containment contains(TestedVersion version) {
        if (reader == null || version.text() == null) {
            return Containment.UNKNOWN;
        }
        V tested;
        try {
            tested = version.readBy(reader);
        } catch (InvalidVersionException e) {
            return Containment.UNKNOWN;
        }
        if (hasLimit && !belowSomeLimit(tested)) {
            return Containment.OUTSIDE;
        }
        Kind last = null;
        for (int i = 0; i < sorted.size(); i++) {
            Event e = sorted.get(i);
            V bound = bounds.get(i);
            boolean applies = switch (e.kind()) {
                case INTRODUCED -> bound == null || reader.compareRead(tested, bound) >= 0;
                case FIXED -> reader.compareRead(tested, bound) >= 0;
                case LAST_AFFECTED -> reader.compareRead(tested, bound) > 0;
                case LIMIT -> false;
            };
            if (applies) {
                last = e.kind();
            }
        }
        return Containment.of(last == Kind.INTRODUCED);
    }

    private boolean belowSomeLimit(V tested) {
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).kind() == Kind.LIMIT && (bounds.get(i) == null || reader.compareRead(tested, bounds.get(i)) < 0)) {
                return true;
            }
        }
        return false;
    }
}
