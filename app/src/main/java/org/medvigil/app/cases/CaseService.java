package org.medvigil.app.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.findings.AffectedView;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regulatory cases as people read them (clocks, 806 verdict, evidence, affected releases and
 * units), and the changes to a case itself: T0 and what it records for reports.
 */
@Service
public class CaseService {
    private final CaseRepository cases;
    private final EvidenceRepository evidence;
    private final CaseFindings findings;
    private final IsaoMembershipService isao;
    private final AuditLog audit;
    private final Clock clock;
    private final int warnDays;

    CaseService(CaseRepository cases, EvidenceRepository evidence, CaseFindings findings, IsaoMembershipService isao,
                AuditLog audit, Clock clock, @Value("${medvigil.cases.warn-days:7}") int warnDays) {
        if (warnDays < 0) {
            throw new IllegalStateException("medvigil.cases.warn-days must be 0 or more (got " + warnDays + ")");
        }
        this.cases = cases;
        this.evidence = evidence;
        this.findings = findings;
        this.isao = isao;
        this.audit = audit;
        this.clock = clock;
        this.warnDays = warnDays;
    }

    /** What a case covers now: its findings, the affected releases, and the units that run them. */
    record Coverage(List<CaseFinding> members, List<CaseFinding> affecting, List<AffectedView.Unit> units) {
        Set<Long> releaseIds() {
            Set<Long> ids = new LinkedHashSet<>();
            affecting.forEach(f -> ids.add(f.releaseId()));
            return ids;
        }
    }

    @Transactional(readOnly = true)
    public PageOf<CaseSummary> list(CaseStatus status, Long productId, Paging paging) {
        CaseRepository.Filter filter = new CaseRepository.Filter(status, productId);
        List<RegulatoryCase> page = cases.page(filter, paging);
        Map<Long, List<EvidenceRecord>> byCase = evidence.ofCases(page.stream().map(RegulatoryCase::id).toList());
        IsaoMembership membership = isao.get();
        LocalDate today = today();
        List<CaseSummary> items = page.stream().map(c -> CaseSummary.of(c, CaseEvaluation.of(c,
                byCase.getOrDefault(c.id(), List.of()), membership, today, warnDays))).toList();
        return PageOf.of(items, paging, cases.count(filter));
    }

    @Transactional(readOnly = true)
    public CaseDetail get(long id) {
        RegulatoryCase c = find(id);
        List<EvidenceRecord> records = evidence.ofCase(id);
        CaseEvaluation e = evaluate(c, records);
        Coverage coverage = coverage(c);
        Map<Long, List<CaseFinding>> byRelease = new LinkedHashMap<>();
        coverage.affecting().forEach(f -> byRelease.computeIfAbsent(f.releaseId(), r -> new ArrayList<>()).add(f));
        List<CaseDetail.AffectedRelease> releases = byRelease.values().stream()
                .sorted(Comparator.comparingLong(fs -> fs.get(0).releaseId())).map(fs -> new CaseDetail.AffectedRelease(
                fs.get(0).releaseId(), fs.get(0).releaseVersion(), fs.stream().map(f -> new CaseDetail.CaseFindingRef(
                        f.findingId(), f.componentName(), f.componentVersion(), f.vulnerabilityId(), f.state(),
                        f.determination(), f.assessmentId())).toList())).toList();
        LocalDate firstDetected = coverage.members().stream().map(CaseFinding::firstDetectedAt)
                .min(Comparator.naturalOrder()).map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC)).orElse(null);
        long customers = coverage.units().stream().mapToLong(AffectedView.Unit::customerId).distinct().count();
        return new CaseDetail(c.id(),
                new CaseDetail.ProductRef(c.productId(), c.productName(), c.pathway(), c.submissionNumber()),
                new CaseDetail.VulnerabilityRef(c.vulnerabilityId(), c.vulnerabilityIds(), c.summary()),
                c.status(), c.openedAt(), c.openedBy(), c.closedAt(), c.closedAs(), c.closeReason(),
                new CaseDetail.LearnedOn(c.learnedOn(), c.learnedOnSource(), c.learnedOnReason(), firstDetected),
                e.evaluatedOn(), e.clocks(), e.verdict(), e.escalation(), records, releases,
                new CaseDetail.Affected(customers, coverage.units().size(), coverage.units()), c.record());
    }

    /** Sets T0 (PM-16). The reason is required and kept, with the old and new date, in the audit log. */
    @Transactional
    public CaseDetail setLearnedOn(long id, EvidenceForms.LearnedOnForm form) {
        cases.lock(id);
        RegulatoryCase before = find(id);
        notInFuture("date", form.date());
        cases.setLearnedOn(id, form.date(), form.reason().strip(), Instant.now(clock));
        RegulatoryCase after = find(id);
        audit.record("set-learned-on", "regulatory_case", id, learnedOn(before), learnedOn(after));
        return get(id);
    }

    /** Sets what the case records for the premarket decision and the PMA report (PM-18, PM-22). */
    @Transactional
    public CaseDetail setRecord(long id, EvidenceForms.CaseRecordForm form) {
        cases.lock(id);
        RegulatoryCase before = find(id);
        RegulatoryCase.CaseRecord record = new RegulatoryCase.CaseRecord(form.premarketSubmission(),
                blankToNull(form.submissions()), blankToNull(form.recallNumbers()), blankToNull(form.advisoryUrl()));
        cases.setRecord(id, record, Instant.now(clock));
        audit.record("update-record", "regulatory_case", id, before.record(), record);
        return get(id);
    }

    RegulatoryCase find(long id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("case", id));
    }

    CaseEvaluation evaluate(RegulatoryCase c, List<EvidenceRecord> records) {
        return CaseEvaluation.of(c, records, isao.get(), today(), warnDays);
    }

    Coverage coverage(RegulatoryCase c) {
        List<CaseFinding> members = findings.ofVulnerability(c.productId(), c.vulnerabilityIds());
        List<CaseFinding> affecting = members.stream().filter(CaseFinding::affects).toList();
        Set<Long> releases = new LinkedHashSet<>();
        affecting.forEach(f -> releases.add(f.releaseId()));
        return new Coverage(members, affecting, findings.units(releases));
    }

    /** Today on the server clock (UTC), the day every deadline is measured on. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    void notInFuture(String field, LocalDate date) {
        LocalDate today = today();
        if (date.isAfter(today)) {
            throw new BadRequestException(field + " " + date + " is in the future (today is " + today + ")");
        }
    }

    private static Map<String, Object> learnedOn(RegulatoryCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("learnedOn", c.learnedOn());
        m.put("source", c.learnedOnSource());
        m.put("reason", c.learnedOnReason());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
