package org.medvigil.core.purl;

/**
 * How a source attribute value relates to a target value (NISTIR 7696, Table 6-2), read as
 * "source RELATION target": {@code SUPERSET} means the source matches everything the target
 * names and more.
 */
public enum CpeRelation {
    /** The source value names a superset of what the target value names. */
    SUPERSET,
    /** The source value names a subset of what the target value names. */
    SUBSET,
    /** Both name the same thing. */
    EQUAL,
    /** They have nothing in common. */
    DISJOINT,
    /** Not decidable: the target contains wildcards, which NISTIR 7696 does not compare. */
    UNDEFINED
}
