package org.medvigil.core.version;

import java.util.function.ToIntFunction;

/**
 * Base of our own schemes: each reads a version string once into a parsed form {@code V} and
 * compares parsed forms, so {@link #compare} costs two cheap parses and {@link #isValid} one.
 */
abstract class ParsingVersionScheme<V> implements VersionScheme {

    /** Reads one version. @throws InvalidVersionException when it is not a version of this scheme */
    abstract V parse(String version);

    /** Compares two parsed versions: negative, zero or positive. */
    abstract int compareParsed(V a, V b);

    @Override
    public final int compare(String a, String b) {
        return compareParsed(parse(a), parse(b));
    }

    /** Reads {@code version} once, each bound once per comparison. */
    @Override
    public final ToIntFunction<String> comparing(String version) {
        V parsed = parse(version);
        return other -> compareParsed(parsed, parse(other));
    }

    @Override
    public final boolean isValid(String version) {
        try {
            parse(version);
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
