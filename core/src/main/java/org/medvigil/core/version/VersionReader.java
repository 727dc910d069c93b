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
        if (scheme instanceof VersionReader<?> reader) {
            return reader;
        }
        return new TextReader(scheme);
    }

    /**
     * For schemes that compare text directly (dpkg, rpm and apk walk the strings): reading only
     * validates. A record, so that two readers of one scheme are equal and a
     * {@link TestedVersion} is not read again for each range.
     */
    record TextReader(VersionScheme scheme) implements VersionReader<String> {
        @Override
        public String read(String version) {
            scheme.compare(version, version);
            return version;
        }

        @Override
        public int compareRead(String a, String b) {
            return scheme.compare(a, b);
        }
    }
}
