package org.medvigil.core.version;

/** Whether a version lies in a range: a three-valued answer, since not every range can be evaluated. */
public enum Containment {
    INSIDE,
    OUTSIDE,
    /** The range or the version could not be evaluated; a person must look. */
    UNKNOWN;

    public static Containment of(boolean inside) {
        return inside ? INSIDE : OUTSIDE;
    }
}
