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
    static final CompiledOsvRange<Object> UNEVALUABLE = new CompiledOsvRange<>(null, new Kind[0], new Object[0], false);

    // Arrays, not lists: evaluation runs millions of times and is bound by memory reads.
    private final VersionReader<V> reader;
    private final Kind[] kinds;
    private final Object[] bounds;
    private final boolean hasLimit;

    private CompiledOsvRange(VersionReader<V> reader, Kind[] kinds, Object[] bounds, boolean hasLimit) {
        this.reader = reader;
        this.kinds = kinds;
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
        Kind[] kinds = new Kind[sorted.size()];
        Object[] bounds = new Object[sorted.size()];
        boolean limit = false;
        for (int i = 0; i < kinds.length; i++) {
            Event e = sorted.get(i);
            limit |= e.kind() == Kind.LIMIT;
            kinds[i] = e.kind();
            bounds[i] = unbounded(e) ? null : reader.read(e.version());
        }
        return new CompiledOsvRange<>(reader, kinds, bounds, limit);
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
        for (int i = 0; i < kinds.length; i++) {
            Kind kind = kinds[i];
            if (kind == Kind.LIMIT) {
                continue;
            }
            @SuppressWarnings("unchecked")
            V bound = (V) bounds[i];
            int c = bound == null ? 1 : reader.compareRead(tested, bound);
            if (c < 0) {
                // Bounds ascend: no later event can apply to a version below this one.
                break;
            }
            if (c > 0 || kind != Kind.LAST_AFFECTED) {
                last = kind;
            }
        }
        return Containment.of(last == Kind.INTRODUCED);
    }

    @SuppressWarnings("unchecked")
    private boolean belowSomeLimit(V tested) {
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == Kind.LIMIT && (bounds[i] == null || reader.compareRead(tested, (V) bounds[i]) < 0)) {
                return true;
            }
        }
        return false;
    }
}
