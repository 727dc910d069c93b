package org.medvigil.core.version;

/**
 * A component's version about to be tested against many ranges: it remembers the form its
 * scheme read it into, so a version checked against hundreds of advisory ranges is read
 * once, not once per range. Not thread-safe: one per evaluation, on one thread.
 */
public final class TestedVersion {
    private final String text;
    private VersionReader<?> reader;
    private Object form;
    private boolean unreadable;

    private TestedVersion(String text) {
        this.text = text;
    }

    public static TestedVersion of(String version) {
        return new TestedVersion(version);
    }

    public String text() {
        return text;
    }

    /** The version as {@code by} reads it. @throws InvalidVersionException when it cannot */
    @SuppressWarnings("unchecked")
    <V> V readBy(VersionReader<V> by) {
        if (by != reader && !by.equals(reader)) {
            reader = by;
            unreadable = false;
            try {
                form = by.read(text);
            } catch (InvalidVersionException e) {
                unreadable = true;
                form = e;
            }
        }
        if (unreadable) {
            throw (InvalidVersionException) form;
        }
        return (V) form;
    }

    @Override
    public String toString() {
        return text;
    }
}
