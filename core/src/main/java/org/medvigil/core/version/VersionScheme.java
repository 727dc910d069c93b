package org.medvigil.core.version;

import java.util.function.ToIntFunction;

/**
 * How one ecosystem orders its versions (Maven, npm, PyPI, Debian, ...). Implementations are
 * immutable and thread-safe; each lives in its own class and is registered in
 * {@link VersionSchemes}.
 */
public interface VersionScheme {

    /** The vers scheme name, which is also the purl type where one exists: {@code maven}, {@code pypi}, {@code deb}. */
    String name();

    /**
     * Compares two versions of this scheme: negative, zero or positive.
     *
     * @throws InvalidVersionException when either is not a version of this scheme
     */
    int compare(String a, String b);

    /**
     * {@code version} compared against other versions: the function returns
     * {@code compare(version, other)}. Evaluating one version against many range bounds goes
     * through this, so a scheme can read {@code version} once.
     *
     * @throws InvalidVersionException when {@code version} (or, when applied, the other) is not a
     *                                 version of this scheme
     */
    default ToIntFunction<String> comparing(String version) {
        return other -> compare(version, other);
    }

    /** Whether {@code version} is a valid version of this scheme. */
    default boolean isValid(String version) {
        try {
            compare(version, version);
            return true;
        } catch (InvalidVersionException e) {
            return false;
        }
    }
}
