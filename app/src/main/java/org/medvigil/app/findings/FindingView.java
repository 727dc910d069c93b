package org.medvigil.app.findings;

import java.time.Instant;
import java.util.List;

/**
 * A finding as the API shows it: one vulnerability on one component version in one release.
 *
 * @param firstDetectedAt when the server first matched it (the candidate for T0, "learned of")
 * @param present         false once it no longer matches (new SBOM revision, changed advisory); kept as history
 * @param state           the triage state of the assessment that applies (in_triage without one)
 * @param assessment      which assessment applies and where it was made; null without one, and for customers
 * @param kev             whether one of its CVE ids is in CISA's Known Exploited Vulnerabilities catalogue, and the listing
 * @param epss            the FIRST EPSS probability of exploitation within 30 days (highest of its CVE ids); null when unknown
 */
public record FindingView(long id, long productId, String productName, long releaseId, String releaseVersion,
                          ComponentRef component, VulnerabilityRef vulnerability, Evidence match, SeverityView severity,
                          Instant firstDetectedAt, Instant lastMatchedAt, boolean present, AnalysisState state,
                          Justification justification, AppliedAssessment assessment, KevView kev, EpssView epss) {

    /**
     * A CISA KEV listing (FDA premarket V.A.4.b: known exploited vulnerabilities identified).
     *
     * @param cve                       the listed CVE id; null when not listed
     * @param knownRansomwareCampaignUse "Known" or "Unknown", as CISA states it
     */
    public record KevView(boolean listed, String cve, java.time.LocalDate dateAdded, java.time.LocalDate dueDate,
                          String requiredAction, String knownRansomwareCampaignUse) {
        static final KevView NOT_LISTED = new KevView(false, null, null, null, null, null);
    }

    /** EPSS probability (0 to 1) and its percentile among all scored CVEs. */
    public record EpssView(double score, double percentile) {
    }

    /** The component version; {@code identity} is what assessments follow across releases. */
    public record ComponentRef(long id, String name, String version, String purl, String identity) {
    }

    /** The vulnerability: the primary record's id, every alias, a summary. */
    public record VulnerabilityRef(String id, List<String> aliases, String summary) {
    }

    /** Why it matched (see core MatchEvidence); {@code certain} false means a person must review it. */
    public record Evidence(String source, String rule, String reason, boolean certain, List<String> fixedVersions) {
    }

    /** The rating (critical, high, medium, low, unknown) and the CVSS vectors it rests on. */
    public record SeverityView(String rating, List<CvssView> cvss) {
    }

    public record CvssView(String version, String vector, double score, String rating) {
    }

    /**
     * @param scope     all_releases, or this_release when it overrides for the finding's release only
     * @param inherited true when it was made on another finding (another release, or before a new SBOM revision)
     */
    public record AppliedAssessment(long id, AssessmentScope scope, long madeOnFindingId, boolean inherited) {
    }

    FindingView forCustomer() {
        return new FindingView(id, productId, productName, releaseId, releaseVersion, component, vulnerability, match,
                severity, firstDetectedAt, lastMatchedAt, present, state, justification, null, kev, epss);
    }
}
