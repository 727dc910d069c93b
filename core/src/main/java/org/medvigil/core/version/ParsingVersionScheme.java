package org.medvigil.core.version;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.ToIntFunction;

/**
 * Base of our own schemes: each reads a version string into an immutable parsed form {@code V}
 * and compares parsed forms. Parsed forms are kept in a small direct-mapped cache (a fixed
 * number of slots, each holding the last version that hashed there), because matching compares
 * the same advisory bounds and component versions over and over; the cache's memory is bounded
 * and it needs no locking, a lost race only costs a parse.
 */
abstract class ParsingVersionScheme<V> implements VersionScheme, VersionReader<V> {
    private static final int SLOTS = 4096;

    private record Slot<V>(String version, V parsed) {
    }

    private final AtomicReferenceArray<Slot<V>> cache = new AtomicReferenceArray<>(SLOTS);

    /** Reads one version. @throws InvalidVersionException when it is not a version of this scheme */
    abstract V parse(String version);

    /** Compares two parsed versions: negative, zero or positive. */
    abstract int compareParsed(V a, V b);

    /** {@link #parse}, through the cache. */
    final V parsed(String version) {
        if (version == null) {
            return parse(null);
        }
        int index = (version.hashCode() * 0x9E3779B9 >>> 20) & (SLOTS - 1);
        Slot<V> slot = cache.get(index);
        if (slot != null && slot.version().equals(version)) {
            return slot.parsed();
        }
        V v = parse(version);
        cache.set(index, new Slot<>(version, v));
        return v;
    }

    @Override
    public final V read(String version) {
        return parsed(version);
    }

    @Override
    public final int compareRead(V a, V b) {
        return compareParsed(a, b);
    }

    @Override
    public final int compare(String a, String b) {
        return compareParsed(parsed(a), parsed(b));
    }

    /** Reads {@code version} once, each bound through the cache. */
    @Override
    public final ToIntFunction<String> comparing(String version) {
        V v = parsed(version);
        return other -> compareParsed(v, parsed(other));
    }

    @Override
    public final boolean isValid(String version) {
        try {
            parsed(version);
            return true;
        } catch (InvalidVersionException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
