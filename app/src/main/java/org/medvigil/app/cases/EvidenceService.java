package org.medvigil.app.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.findings.AffectedView;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.core.regulatory.CustomerNotice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a case's evidence: each step with the day it was done, who recorded it and when, and
 * where the proof is; every record is audited in its transaction and never changed afterwards.
 */
@Service
public class EvidenceService {
    private final CaseService cases;
    private final CaseRepository caseRows;
    private final EvidenceRepository evidence;
    private final CaseFindings findings;
    private final CommunicationService communications;
    private final AuditLog audit;
    private final CurrentActor current;
    private final Clock clock;

    EvidenceService(CaseService cases, CaseRepository caseRows, EvidenceRepository evidence, CaseFindings findings,
                    CommunicationService communications, AuditLog audit, CurrentActor current, Clock clock) {
        this.cases = cases;
        this.caseRows = caseRows;
        this.evidence = evidence;
        this.findings = findings;
        this.communications = communications;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    @Transactional
    public EvidenceRecord compensatingControls(long caseId, EvidenceForms.CompensatingControlsForm f) {
        return record(caseId, EvidenceKind.COMPENSATING_CONTROLS, f.date(), f.controls(), f.reference(),
                details("addedRisk", f.addedRisk()), null);
    }

    @Transactional
    public EvidenceRecord remediationPlan(long caseId, EvidenceForms.RemediationPlanForm f) {
        return record(caseId, EvidenceKind.REMEDIATION_PLAN, f.date(), f.plan(), f.reference(),
                details("targetDate", f.targetDate() == null ? null : f.targetDate().toString(),
                        "capaReference", f.capaReference()), null);
    }

    @Transactional
    public EvidenceRecord fixDistributed(long caseId, EvidenceForms.FixDistributedForm f) {
        RegulatoryCase c = cases.find(caseId);
        CaseFindings.ReleaseRef release = findings.release(f.releaseId())
                .filter(r -> r.productId() == c.productId())
                .orElseThrow(() -> new BadRequestException("releaseId " + f.releaseId() + " is not a release of "
                        + c.productName() + " (the remediation release must be one of the case's product)"));
        return record(caseId, EvidenceKind.FIX_DISTRIBUTED, f.date(), f.summary(), f.reference(),
                details("releaseVersion", release.version(), "validation", f.validation()), release.id());
    }

    @Transactional
    public EvidenceRecord isaoShare(long caseId, EvidenceForms.IsaoShareForm f) {
        List<Long> shared = f.communicationIds() == null ? List.of() : f.communicationIds().stream().distinct().toList();
        Map<Long, EvidenceRecord> ofCase = evidence.ofCase(caseId).stream()
                .filter(e -> e.kind() == EvidenceKind.CUSTOMER_COMMUNICATION)
                .collect(Collectors.toMap(EvidenceRecord::id, e -> e));
        for (Long id : shared) {
            EvidenceRecord communication = ofCase.get(id);
            if (communication == null) {
                throw new BadRequestException("communicationIds: " + id + " is not a customer communication of case " + caseId);
            }
            if (communication.occurredOn().isAfter(f.date())) {
                throw new BadRequestException("communicationIds: communication " + id + " was sent on "
                        + communication.occurredOn() + ", after the share on " + f.date());
            }
        }
        return record(caseId, EvidenceKind.ISAO_SHARE, f.date(), f.whatShared(), f.reference(),
                details("isaoName", f.isaoName(), "communicationIds", shared), null);
    }

    @Transactional
    public EvidenceRecord adverseEvent(long caseId, EvidenceForms.AdverseEventForm f) {
        return record(caseId, EvidenceKind.SERIOUS_ADVERSE_EVENT, f.date(), f.description(), f.reference(),
                details("mdrNumber", f.mdrNumber()), null);
    }

    /**
     * Records a communication sent to the customers that run an affected release now, with its
     * notice checked for PM-17; an incomplete notice is stored and flagged.
     */
    @Transactional
    public CommunicationView communicate(long caseId, EvidenceForms.CommunicationForm f) {
        caseRows.lock(caseId);
        RegulatoryCase c = cases.find(caseId);
        cases.notInFuture("date", f.date());
        CustomerNotice notice = f.notice().toCore();
        List<String> missing = notice.missingElements();
        Map<String, Object> noticeParts = new LinkedHashMap<>();
        noticeParts.put("vulnerability", f.notice().vulnerability());
        noticeParts.put("impactAssessment", f.notice().impactAssessment());
        noticeParts.put("effortsUnderway", f.notice().effortsUnderway());
        noticeParts.put("compensatingControls", f.notice().compensatingControls());
        noticeParts.put("fixPlan", f.notice().fixPlan());
        Map<String, Object> details = details("channel", f.channel(), "notice", noticeParts,
                "pm17Complete", missing.isEmpty(), "pm17Missing", missing);
        String summary = "Customer notice on " + c.vulnerabilityId() + " via " + f.channel()
                + (missing.isEmpty() ? "" : " (PM-17 incomplete: " + missing.size() + " element(s) missing)");
        long id = evidence.insert(new EvidenceRepository.NewEvidence(caseId, EvidenceKind.CUSTOMER_COMMUNICATION, f.date(),
                summary, f.reference(), details, null, Instant.now(clock), current.get().name()));
        evidence.addRecipients(id, recipients(cases.coverage(c).units()));
        CommunicationView view = communications.view(evidence.communication(id, null).orElseThrow());
        audit.record("communicate", "regulatory_case", caseId, null, view);
        return view;
    }

    private EvidenceRecord record(long caseId, EvidenceKind kind, LocalDate date, String summary, String reference,
                                  Map<String, Object> details, Long releaseId) {
        caseRows.lock(caseId);
        cases.find(caseId);
        cases.notInFuture("date", date);
        long id = evidence.insert(new EvidenceRepository.NewEvidence(caseId, kind, date, summary.strip(),
                reference == null || reference.isBlank() ? null : reference.strip(), details, releaseId,
                Instant.now(clock), current.get().name()));
        EvidenceRecord recorded = evidence.find(id).orElseThrow();
        audit.record("record-evidence", "regulatory_case", caseId, null, recorded);
        return recorded;
    }

    /** One recipient per customer running an affected release, with its number of such units. */
    private static List<CommunicationView.Recipient> recipients(List<AffectedView.Unit> units) {
        Map<Long, CommunicationView.Recipient> byCustomer = new LinkedHashMap<>();
        for (AffectedView.Unit u : units) {
            byCustomer.merge(u.customerId(), new CommunicationView.Recipient(u.customerId(), u.customerName(), 1),
                    (a, b) -> new CommunicationView.Recipient(a.customerId(), a.customerName(), a.units() + 1));
        }
        return List.copyOf(byCustomer.values());
    }

    /** Kind-specific details without null values, in the order given. */
    private static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }
}
