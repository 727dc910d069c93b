package org.medvigil.app.findings;

import java.util.List;

/** The part of a stored finding that reconciliation needs: which vulnerability, and whether it still matches. */
record StoredFinding(long id, String componentIdentity, String vulnerabilityId, List<String> aliases, boolean present) {
}
