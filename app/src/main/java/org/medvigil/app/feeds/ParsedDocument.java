package org.medvigil.app.feeds;

import java.util.List;
import org.medvigil.core.advisory.Advisory;

/**
 * An advisory document read whole: the records it holds and, for a zip, the entries that could
 * not be read (one line each).
 */
record ParsedDocument(List<Advisory> advisories, List<String> problems) {
    ParsedDocument {
        advisories = List.copyOf(advisories);
        problems = List.copyOf(problems);
    }
}
