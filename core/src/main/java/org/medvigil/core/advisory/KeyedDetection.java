package org.medvigil.core.advisory;

import org.medvigil.core.sbom.DocumentHead;

/** Detection from top-level keys computed once per document, not once per reader. */
interface KeyedDetection {
    boolean recognizes(HeadKeys keys, DocumentHead head);
}
