package org.medvigil.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.medvigil.core.match.Finding;
import org.medvigil.core.match.Matcher;

/**
 * The result of scanning SBOMs against advisories, ready for a {@link ReportWriter}: findings
 * ordered most severe first.
 *
 * @param toolVersion       MedVigil's version
 * @param sboms             the SBOMs scanned
 * @param advisoriesLoaded  advisories available for matching
 * @param problems          one line per input that could not be used (a bad advisory file, ...)
 * @param findings          every finding, most severe first
 */
public record ScanReport(String toolVersion, List<ScannedSbom> sboms, int advisoriesLoaded,
                         List<String> problems, List<ReportedFinding> findings) {

    /** Most severe first; then highest score, then component and vulnerability for a stable order. */
    static final Comparator<ReportedFinding> MOST_SEVERE_FIRST = Comparator
            .comparing((ReportedFinding f) -> f.severity().rating())
            .thenComparing(f -> -f.severity().topScore())
            .thenComparing(f -> String.valueOf(f.finding().component().name()))
            .thenComparing(f -> String.valueOf(f.finding().component().version()))
            .thenComparing(f -> f.finding().vulnerabilityId());

    public ScanReport {
        sboms = List.copyOf(sboms);
        problems = List.copyOf(problems);
        findings = List.copyOf(findings);
    }

    /** Matches every SBOM and rates every finding. */
    public static ScanReport create(String toolVersion, List<ScannedSbom> sboms, Matcher matcher,
                                    int advisoriesLoaded, List<String> problems) {
        List<ReportedFinding> findings = new ArrayList<>();
        for (ScannedSbom sbom : sboms) {
            for (Finding f : matcher.match(sbom.inventory())) {
                findings.add(new ReportedFinding(f, SeverityOf.records(f.records()), sbom.file()));
            }
        }
        findings.sort(MOST_SEVERE_FIRST);
        return new ScanReport(toolVersion, sboms, advisoriesLoaded, problems, findings);
    }

    /** Whether any finding reaches the {@code --fail-on} threshold. */
    public boolean fails(Rating threshold) {
        return findings.stream().anyMatch(f -> f.severity().rating().reaches(threshold));
    }
}
