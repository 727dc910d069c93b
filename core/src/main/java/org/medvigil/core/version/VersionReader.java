package org.medvigil.core.version;

/**
 * Reads versions of one scheme once into a form that compares cheaply, so a range can read
 * its bounds a single time and a tested version is read once per evaluation. Schemes that
 * parse ({@link ParsingVersionScheme}) keep their parsed form; the others keep the text and
 * compare it with {@link VersionScheme#compare}.
 */
interface VersionReader<V> {

    /** @throws InvalidVersionException when {@code version} is not a version of the scheme */
    V read(String version);

    int compareRead(V a, V b);

    static VersionReader<?> of(VersionScheme scheme) {
        if (scheme instanceof ParsingVersionScheme<?> parsing) {
            return parsing;
        }
        return new VersionReader<String>() {
            @Override
            public String read(String version) {
                scheme.compare(version, version);
                return version;
            }

            @Override
            public int compareRead(String a, String b) {
                return scheme.compare(a, b);
            }
        };
    }
}
