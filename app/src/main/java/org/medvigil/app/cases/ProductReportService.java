package org.medvigil.app.cases;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.medvigil.app.findings.AffectedView;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.app.web.ConflictException;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.medvigil.core.regulatory.PmaReportEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a product owes FDA outside 806: routine updates for controlled risks (PM-11), and for PMA
 * devices the periodic-report content per PM-22, as core's {@link PmaReportEntry}.
 */
@Service
public class ProductReportService {
    private final CaseRepository cases;
    private final CaseService caseService;
    private final EvidenceRepository evidence;
    private final CaseFindings findings;
    private final RoutineUpdates routineUpdates;

    ProductReportService(CaseRepository cases, CaseService caseService, EvidenceRepository evidence, CaseFindings findings,
                     RoutineUpdates routineUpdates) {
        this.cases = cases;
        this.caseService = caseService;
        this.evidence = evidence;
        this.findings = findings;
        this.routineUpdates = routineUpdates;
    }

    /** The product's controlled risks: routine-update items with their rationale (PM-11). */
    @Transactional(readOnly = true)
    public PageOf<RoutineUpdateItem> routineUpdates(long productId, Paging paging) {
        product(productId);
        List<RoutineUpdateItem> all = routineUpdates.of(productId);
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return PageOf.of(all.subList(from, to), paging, all.size());
    }

    /**
     * The PM-22 entries of a PMA product for a period: cases active in it (T0 on or before
     * {@code to}, not closed before {@code from}) and controlled risks assessed in it.
     */
    @Transactional(readOnly = true)
    public PmaReport report(long productId, LocalDate from, LocalDate to) {
        CaseFindings.ProductRef product = product(productId);
        if (!"pma".equals(product.pathway())) {
            throw new ConflictException(product.name() + " follows the " + product.pathway() + " pathway: the periodic "
                    + "report under 21 CFR 814.84 is for PMA devices (use routine-updates for its controlled risks)");
        }
        LocalDate today = caseService.today();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        if (start.isAfter(end)) {
            throw new BadRequestException("from " + start + " is after to " + end);
        }
        List<CaseFinding> all = findings.ofProduct(productId);
        List<PmaReport.Entry> entries = new ArrayList<>();
        for (RegulatoryCase c : cases.ofProduct(productId)) {
            LocalDate closedOn = c.closedAt() == null ? null : LocalDate.ofInstant(c.closedAt(), ZoneOffset.UTC);
            if (!c.learnedOn().isAfter(end) && (closedOn == null || !closedOn.isBefore(start))) {
                entries.add(caseEntry(c, all));
            }
        }
        int caseCount = entries.size();
        List<CaseFindings.ProductRelease> releases = findings.releases(productId);
        for (RoutineUpdateItem item : routineUpdates.of(productId)) {
            LocalDate assessed = item.assessment().assessedAt() == null ? null
                    : LocalDate.ofInstant(item.assessment().assessedAt(), ZoneOffset.UTC);
            if (assessed != null && !assessed.isBefore(start) && !assessed.isAfter(end)) {
                entries.add(routineEntry(productId, item, releases));
            }
        }
        int withMissing = (int) entries.stream().filter(e -> !e.missing().isEmpty()).count();
        return new PmaReport(product.id(), product.name(), product.submissionNumber(), start, end, today, caseCount,
                entries.size() - caseCount, withMissing, entries);
    }

    private PmaReport.Entry caseEntry(RegulatoryCase c, List<CaseFinding> all) {
        List<CaseFinding> members = all.stream().filter(f -> !Collections.disjoint(f.ids(), c.vulnerabilityIds())).toList();
        CaseFinding decisive = members.stream().filter(f -> f.determination() != null).findFirst()
                .orElse(members.isEmpty() ? null : members.get(0));
        List<EvidenceRecord> records = evidence.ofCase(c.id());
        CaseService.Coverage coverage = caseService.coverage(c);
        String learned = RegulatoryCase.EDITED.equals(c.learnedOnSource())
                ? "Learned on " + c.learnedOn() + ": " + c.learnedOnReason()
                : "Learned on " + c.learnedOn() + (decisive == null ? "" : " when MedVigil matched " + decisive.source()
                        + " advisory data to " + decisive.componentName() + " " + decisive.componentVersion()
                        + " (" + decisive.matchReason() + ")");
        String conclusion = "Uncontrolled risk of patient harm" + assessedBy(decisive)
                + (c.status() == CaseStatus.CLOSED ? "; case closed (" + c.closedAs() + ") on "
                + LocalDate.ofInstant(c.closedAt(), ZoneOffset.UTC) + ": " + c.closeReason() : "");
        String affectedVersions = members.stream().map(CaseFinding::releaseVersion).distinct().collect(Collectors.joining(", "));
        PmaReportEntry entry = new PmaReportEntry(
                describe(c.vulnerabilityId(), c.vulnerabilityIds(), c.summary()) + ". " + learned,
                conclusion,
                lines(records, EvidenceKind.FIX_DISTRIBUTED, e -> "Release " + e.details().get("releaseVersion")
                        + " distributed on " + e.occurredOn() + " (affected: " + affectedVersions + "): " + e.summary()
                        + "; validation: " + e.details().get("validation")),
                firstNonBlank(lines(records, EvidenceKind.REMEDIATION_PLAN, e -> e.summary()),
                        decisive == null ? null : decisive.rationale()),
                otherDevices(c.productId(), c.vulnerabilityIds()),
                relatedEvents(records, c.record().recallNumbers()),
                udis(coverage.units()),
                advisoryLink(c.record().advisoryUrl(), c.vulnerabilityIds()),
                records.stream().filter(e -> e.kind() == EvidenceKind.CUSTOMER_COMMUNICATION)
                        .map(e -> e.occurredOn() + " via " + e.details().get("channel") + ": " + e.summary()).toList(),
                lines(records, EvidenceKind.ISAO_SHARE, e -> e.details().get("isaoName") + " on " + e.occurredOn()
                        + ": " + e.summary()),
                c.record().submissions());
        return new PmaReport.Entry("case", c.id(), members.stream().map(CaseFinding::findingId).toList(),
                c.vulnerabilityId(), items(entry), entry.missingItems());
    }

    private PmaReport.Entry routineEntry(long productId, RoutineUpdateItem item, List<CaseFindings.ProductRelease> releases) {
        List<String> ids = new ArrayList<>(item.aliases());
        ids.add(0, item.vulnerabilityId());
        Set<Long> releaseIds = new LinkedHashSet<>();
        item.releases().forEach(r -> releaseIds.add(r.releaseId()));
        RoutineUpdateItem.Assessment a = item.assessment();
        PmaReportEntry entry = new PmaReportEntry(
                describe(item.vulnerabilityId(), ids, item.summary()) + ". First detected on " + item.firstDetectedOn()
                        + " in " + item.component().name() + " " + item.component().version(),
                "Controlled risk of patient harm (assessment " + a.id() + " by " + a.assessor() + " on "
                        + LocalDate.ofInstant(a.assessedAt(), ZoneOffset.UTC) + ": exploitability " + a.exploitability()
                        + ", harm " + a.harmSeverity() + ")",
                item.fixedIn().isEmpty() ? null : "Cybersecurity routine update (PM-11): no longer present in release(s) "
                        + String.join(", ", item.fixedIn()) + "; affected: "
                        + item.releases().stream().map(RoutineUpdateItem.ReleaseFinding::version).collect(Collectors.joining(", ")),
                a.rationale(),
                otherDevices(productId, ids),
                "None recorded (controlled risk)",
                udis(findings.units(releaseIds)),
                advisoryLink(null, ids),
                List.of("None required: controlled risk, handled as a cybersecurity routine update (PM-11)"),
                null,
                "None needed: a controlled risk's routine update is not reportable under 21 CFR 806 (PM-11); "
                        + "reported in this periodic report (PM-12)");
        return new PmaReport.Entry("routine_update", null,
                item.releases().stream().map(RoutineUpdateItem.ReleaseFinding::findingId).toList(), item.vulnerabilityId(),
                items(entry), entry.missingItems());
    }

    private static String assessedBy(CaseFinding f) {
        if (f == null || f.assessmentId() == null) {
            return "";
        }
        return " (assessment " + f.assessmentId() + " by " + f.assessor() + " on "
                + LocalDate.ofInstant(f.assessedAt(), ZoneOffset.UTC) + ": exploitability " + f.exploitability()
                + ", harm " + f.harmSeverity() + ")";
    }

    private String otherDevices(long productId, List<String> ids) {
        Map<String, Set<String>> byProduct = new TreeMap<>();
        for (CaseFinding f : findings.ofOtherProducts(productId, ids)) {
            CaseFindings.ProductRef p = findings.product(f.productId()).orElseThrow();
            String name = p.name() + (p.submissionNumber() == null ? "" : " (" + p.submissionNumber() + ")");
            byProduct.computeIfAbsent(name, k -> new TreeSet<>()).add(f.releaseVersion());
        }
        if (byProduct.isEmpty()) {
            return "No other device in the portfolio carries this vulnerability";
        }
        return byProduct.entrySet().stream().map(e -> e.getKey() + " releases " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; ", "Also found in: ", ""));
    }

    private static String relatedEvents(List<EvidenceRecord> records, String recallNumbers) {
        List<String> parts = new ArrayList<>();
        for (EvidenceRecord e : records) {
            if (e.kind() == EvidenceKind.SERIOUS_ADVERSE_EVENT) {
                Object mdr = e.details().get("mdrNumber");
                parts.add((mdr == null ? "MDR number pending" : "MDR " + mdr) + " (" + e.occurredOn() + "): " + e.summary());
            }
        }
        if (recallNumbers != null) {
            parts.add("Recall: " + recallNumbers);
        }
        return parts.isEmpty() ? "No serious adverse event or death known; no recall" : String.join("; ", parts);
    }

    private static String udis(List<AffectedView.Unit> units) {
        String udis = units.stream().map(AffectedView.Unit::udi).filter(u -> u != null && !u.isBlank()).distinct()
                .collect(Collectors.joining("; "));
        return udis.isEmpty() ? null : udis;
    }

    /** The case's advisory, else a government or public advisory derived from the ids (CISA, NVD, GitHub). */
    static String advisoryLink(String recorded, List<String> ids) {
        if (recorded != null && !recorded.isBlank()) {
            return recorded;
        }
        for (String prefix : List.of("ICSMA-", "ICSA-", "CVE-", "GHSA-")) {
            for (String id : ids) {
                if (id.toUpperCase(Locale.ROOT).startsWith(prefix)) {
                    return switch (prefix) {
                        case "ICSMA-" -> "https://www.cisa.gov/news-events/ics-medical-advisories/" + id.toLowerCase(Locale.ROOT);
                        case "ICSA-" -> "https://www.cisa.gov/news-events/ics-advisories/" + id.toLowerCase(Locale.ROOT);
                        case "CVE-" -> "https://nvd.nist.gov/vuln/detail/" + id;
                        default -> "https://github.com/advisories/" + id;
                    };
                }
            }
        }
        return null;
    }

    private static String describe(String id, List<String> ids, String summary) {
        List<String> others = ids.stream().filter(i -> !i.equals(id)).toList();
        return id + (others.isEmpty() ? "" : " (" + String.join(", ", others) + ")") + (summary == null ? "" : ": " + summary);
    }

    private static String lines(List<EvidenceRecord> records, EvidenceKind kind,
                                Function<EvidenceRecord, String> line) {
        String s = records.stream().filter(e -> e.kind() == kind).map(line).collect(Collectors.joining("\n"));
        return s.isEmpty() ? null : s;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static List<PmaReport.Item> items(PmaReportEntry entry) {
        return entry.items().stream().map(i -> new PmaReport.Item(i.number(), i.title(), i.present() ? i.text() : null,
                i.present())).toList();
    }

    private CaseFindings.ProductRef product(long id) {
        return findings.product(id).orElseThrow(() -> new NotFoundException("product", id));
    }
}
