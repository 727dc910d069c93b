package org.medvigil.core.advisory;

/** Detection from top-level keys computed once per document, not once per reader. */
interface KeyedDetection {
    boolean recognizes(HeadKeys keys);
}
