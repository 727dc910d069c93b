package org.medvigil.core.match;

import java.util.List;

/** One advisory statement that a matcher found to apply to a component, before alias merging. */
record Candidate(IndexedEntry entry, MatchRule rule, boolean certain, String reason, List<String> fixedVersions) {
}
