package org.medvigil.app.findings;

/**
 * Told of every matching step's changes inside its transaction (an SBOM upload, an advisory
 * import, a feed sync), so whatever it records (notifications) commits or rolls back with the
 * findings themselves.
 */
public interface FindingsListener {
    void findingsChanged(FindingChanges changes);
}
