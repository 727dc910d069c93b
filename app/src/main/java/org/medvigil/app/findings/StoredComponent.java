package org.medvigil.app.findings;

import org.medvigil.core.sbom.Component;

/** A component of a release's current SBOM, with its database id and identity. */
record StoredComponent(long id, String identity, Component component) {
}
