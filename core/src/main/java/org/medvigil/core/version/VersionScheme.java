package org.medvigil.core.version;

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
