package org.medvigil.core.match;

import java.util.List;
import org.medvigil.core.sbom.Component;

/**
 * One way of tying a component to advisories (package identity, CPE, product name). Each is a
 * small class beside its siblings, registered in {@link Matcher}.
 */
interface ComponentMatcher {

    /** Adds to {@code out} every advisory statement in {@code index} that affects {@code component}. */
    void match(Component component, AdvisoryIndex index, List<Candidate> out);
}
