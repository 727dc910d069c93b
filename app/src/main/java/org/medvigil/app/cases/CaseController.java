package org.medvigil.app.cases;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Regulatory cases: clocks, the 806 verdict, evidence, communications. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {
    private final CaseService cases;
    private final EvidenceService evidence;

    CaseController(CaseService cases, EvidenceService evidence) {
        this.cases = cases;
        this.evidence = evidence;
    }

    /** Open cases first, oldest T0 first. */
    @GetMapping
    public PageOf<CaseSummary> list(@RequestParam(required = false) String status,
                                    @RequestParam(required = false) Long productId,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return cases.list(status(status), productId, Paging.of(page, size));
    }

    @GetMapping("/{id}")
    public CaseDetail get(@PathVariable long id) {
        return cases.get(id);
    }

    /** Sets T0, with the reason (PM-16). */
    @PutMapping("/{id}/learned-on")
    public CaseDetail setLearnedOn(@PathVariable long id, @Valid @RequestBody EvidenceForms.LearnedOnForm form) {
        return cases.setLearnedOn(id, form);
    }

    /** The premarket decision, related submissions, recalls and the public advisory (PM-18, PM-22). */
    @PutMapping("/{id}/record")
    public CaseDetail setRecord(@PathVariable long id, @Valid @RequestBody EvidenceForms.CaseRecordForm form) {
        return cases.setRecord(id, form);
    }

    @PostMapping("/{id}/communications")
    @ResponseStatus(HttpStatus.CREATED)
    public CommunicationView communicate(@PathVariable long id, @Valid @RequestBody EvidenceForms.CommunicationForm form) {
        return evidence.communicate(id, form);
    }

    @PostMapping("/{id}/evidence/compensating-controls")
    @ResponseStatus(HttpStatus.CREATED)
    public EvidenceRecord compensatingControls(@PathVariable long id,
                                               @Valid @RequestBody EvidenceForms.CompensatingControlsForm form) {
        return evidence.compensatingControls(id, form);
    }

    @PostMapping("/{id}/evidence/remediation-plan")
    @ResponseStatus(HttpStatus.CREATED)
    public EvidenceRecord remediationPlan(@PathVariable long id, @Valid @RequestBody EvidenceForms.RemediationPlanForm form) {
        return evidence.remediationPlan(id, form);
    }

    @PostMapping("/{id}/evidence/fix-distributed")
    @ResponseStatus(HttpStatus.CREATED)
    public EvidenceRecord fixDistributed(@PathVariable long id, @Valid @RequestBody EvidenceForms.FixDistributedForm form) {
        return evidence.fixDistributed(id, form);
    }

    @PostMapping("/{id}/evidence/isao-share")
    @ResponseStatus(HttpStatus.CREATED)
    public EvidenceRecord isaoShare(@PathVariable long id, @Valid @RequestBody EvidenceForms.IsaoShareForm form) {
        return evidence.isaoShare(id, form);
    }

    @PostMapping("/{id}/evidence/serious-adverse-event")
    @ResponseStatus(HttpStatus.CREATED)
    public EvidenceRecord adverseEvent(@PathVariable long id, @Valid @RequestBody EvidenceForms.AdverseEventForm form) {
        return evidence.adverseEvent(id, form);
    }

    private static CaseStatus status(String code) {
        if (code == null) {
            return null;
        }
        try {
            return CaseStatus.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status must be one of " + Arrays.stream(CaseStatus.values())
                    .map(CaseStatus::code).collect(Collectors.joining(", ")) + " (got '" + code.toLowerCase(Locale.ROOT) + "')");
        }
    }
}
