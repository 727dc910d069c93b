package org.medvigil.core.match;

import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.advisory.AffectedPackage;

/** One affected-package statement of one advisory, as stored in the index. */
record IndexedEntry(Advisory advisory, AffectedPackage affected) {
}
