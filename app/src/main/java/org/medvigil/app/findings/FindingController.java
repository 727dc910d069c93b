package org.medvigil.app.findings;

import jakarta.validation.Valid;
import java.util.List;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Findings, their assessments, and the customers and units they affect. */
@RestController
@RequestMapping("/api/v1/findings")
class FindingController {
    private final FindingService findings;
    private final AssessmentService assessments;

    FindingController(FindingService findings, AssessmentService assessments) {
        this.findings = findings;
        this.assessments = assessments;
    }

    /**
     * Most severe first unless {@code sort} says otherwise (newest, oldest, vulnerability, component, product,
     * state); only findings that still match unless {@code includeGone}; {@code certain=false} lists the matches a
     * person must review.
     */
    @GetMapping
    public PageOf<FindingView> list(@RequestParam(required = false) Long productId,
                                    @RequestParam(required = false) Long releaseId,
                                    @RequestParam(required = false) String state,
                                    @RequestParam(required = false) String vulnerability,
                                    @RequestParam(defaultValue = "false") boolean includeGone,
                                    @RequestParam(required = false) String severity,
                                    @RequestParam(required = false) String certain,
                                    @RequestParam(required = false) String sort,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return findings.list(new FindingFilter(productId, releaseId, FindingParams.state(state), vulnerability, includeGone,
                FindingParams.severity(severity), FindingParams.flag("certain", certain), null, FindingSort.ofCode(sort)),
                Paging.of(page, size));
    }

    @GetMapping("/{id}")
    public FindingView get(@PathVariable long id) {
        return findings.get(id);
    }

    /** Which customers and deployed units are affected: finding, release, deployments, sites, customers. */
    @GetMapping("/{id}/affected")
    public AffectedView affected(@PathVariable long id) {
        return findings.affected(id);
    }

    @GetMapping("/{id}/assessments")
    public List<AssessmentView> assessments(@PathVariable long id) {
        return assessments.history(id);
    }

    @PostMapping("/{id}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    public AssessmentView assess(@PathVariable long id, @Valid @RequestBody AssessmentForm form) {
        return assessments.assess(id, form);
    }
}
