package org.medvigil.app.findings;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.medvigil.app.web.BadRequestException;
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
     * Most severe first unless {@code sort} says otherwise (kev, epss, first_detected, oldest,
     * vulnerability, component, product, state); only findings that still match unless
     * {@code includeGone}; {@code kev} and {@code minEpss} filter by threat signals, {@code severity}
     * by rating, {@code certain=false} to the matches a person must review.
     */
    @GetMapping
    public PageOf<FindingView> list(@RequestParam(required = false) Long productId,
                                    @RequestParam(required = false) Long releaseId,
                                    @RequestParam(required = false) String state,
                                    @RequestParam(required = false) String vulnerability,
                                    @RequestParam(defaultValue = "false") boolean includeGone,
                                    @RequestParam(required = false) Boolean kev,
                                    @RequestParam(required = false) Double minEpss,
                                    @RequestParam(defaultValue = "severity") String sort,
                                    @RequestParam(required = false) String severity,
                                    @RequestParam(required = false) String certain,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        if (minEpss != null && !(minEpss >= 0 && minEpss <= 1)) {
            throw new BadRequestException("minEpss must be between 0 and 1 (got " + minEpss + ")");
        }
        return findings.list(new FindingFilter(productId, releaseId, state(state), vulnerability, includeGone, kev, minEpss,
                order(sort), FindingParams.severity(severity), FindingParams.flag("certain", certain)), Paging.of(page, size));
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

    private static FindingOrder order(String code) {
        try {
            return FindingOrder.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static AnalysisState state(String code) {
        if (code == null) {
            return null;
        }
        try {
            return AnalysisState.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("state must be one of " + Arrays.stream(AnalysisState.values())
                    .map(AnalysisState::code).collect(Collectors.joining(", ")) + " (got '" + code + "')");
        }
    }
}
