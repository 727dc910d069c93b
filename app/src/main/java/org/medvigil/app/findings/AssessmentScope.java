package org.medvigil.app.findings;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an assessment applies. */
public enum AssessmentScope {
    /** Every release carrying the same component version, now and in future releases (the default). */
    @JsonProperty("all_releases") ALL_RELEASES,
    /** Only the finding's own release: overrides an all-releases assessment there. */
    @JsonProperty("this_release") THIS_RELEASE
}
