package org.medvigil.core.advisory;

/**
 * Where an advisory came from.
 *
 * @param source   the kind of source: {@code osv}, {@code nvd}, {@code csaf}
 * @param document the id of the containing document (CSAF tracking id, NVD file), or the advisory id
 * @param location the file (or zip entry, or URL) it was read from
 */
public record Provenance(String source, String document, String location) {
}
