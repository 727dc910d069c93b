package org.medvigil.app.findings;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.medvigil.app.security.Actor;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.app.web.FormErrors;
import org.medvigil.app.web.PageController;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Pager;
import org.medvigil.app.web.Paging;
import org.medvigil.app.web.RiskMatrixView;
import org.medvigil.core.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The findings pages: the filterable list, one finding with its evidence, the customers it
 * affects and its assessments, and the assessment form with the rubric asked step by step.
 * Everything goes through {@link FindingService} and {@link AssessmentService}, so a customer
 * sees exactly what the API shows it.
 */
@PageController
class FindingPages {
    private static final int PAGE_SIZE = 50;

    private final FindingService findings;
    private final AssessmentService assessments;
    private final CurrentActor current;
    private final Validator validator;

    FindingPages(FindingService findings, AssessmentService assessments, CurrentActor current, Validator validator) {
        this.findings = findings;
        this.assessments = assessments;
        this.current = current;
        this.validator = validator;
    }

    @GetMapping("/findings")
    String list(@RequestParam(required = false) Long product, @RequestParam(required = false) Long release,
                @RequestParam(required = false) String state, @RequestParam(required = false) String severity,
                @RequestParam(required = false) String certain, @RequestParam(required = false) String kev,
                @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                @RequestParam(defaultValue = "false") boolean gone, @RequestParam(defaultValue = "0") int page,
                Model model, HttpServletRequest request) {
        FindingOrder order = FindingParams.order(sort);
        FindingFilter filter = new FindingFilter(product, release, FindingParams.state(state),
                q == null || q.isBlank() ? null : q.strip(), gone, FindingParams.flag("kev", kev), null, order,
                FindingParams.severity(severity), FindingParams.flag("certain", certain));
        PageOf<FindingView> items = findings.list(filter, Paging.of(page, PAGE_SIZE));
        Map<String, String> sortLinks = new LinkedHashMap<>();
        for (FindingOrder s : FindingOrder.values()) {
            sortLinks.put(s.code(), Pager.link(request, Map.of("sort", s.code(), "page", "0")));
        }
        model.addAttribute("items", items.items());
        model.addAttribute("pager", Pager.of(items, request));
        model.addAttribute("filter", filter);
        model.addAttribute("q", q);
        model.addAttribute("facets", findings.facets());
        model.addAttribute("severities", FindingParams.SEVERITIES);
        model.addAttribute("states", Arrays.stream(AnalysisState.values()).map(AnalysisState::code).toList());
        model.addAttribute("sort", order.code());
        model.addAttribute("sortLinks", sortLinks);
        model.addAttribute("customer", current.get().isCustomer());
        return "findings/list";
    }

    @GetMapping("/findings/{id}")
    String detail(@PathVariable long id, Model model) {
        Actor actor = current.get();
        FindingView finding = findings.get(id);
        model.addAttribute("finding", finding);
        model.addAttribute("affected", findings.affected(id));
        model.addAttribute("customer", actor.isCustomer());
        if (!actor.isCustomer()) {
            // The manufacturer's assessment work is not shown to customers (the API hides it too).
            List<AssessmentView> history = assessments.history(id);
            Optional<AssessmentView> applied = finding.assessment() == null ? Optional.empty()
                    : history.stream().filter(a -> a.id() == finding.assessment().id()).findFirst();
            RiskContext risk = findings.riskContext(id);
            model.addAttribute("history", history);
            model.addAttribute("applied", applied.orElse(null));
            model.addAttribute("matrix", RiskMatrixView.of(risk.matrix(),
                    applied.map(AssessmentView::exploitability).orElse(null),
                    applied.map(AssessmentView::harmSeverity).orElse(null)));
        }
        return "findings/detail";
    }

    @GetMapping("/findings/{id}/assess")
    String assessForm(@PathVariable long id, Model model) {
        FindingView finding = findings.get(id);
        return assessPage(id, finding, AssessmentPageForm.startingAt(finding.state()), FormErrors.none(), model);
    }

    @PostMapping("/findings/{id}/assessments")
    String assess(@PathVariable long id, @ModelAttribute AssessmentPageForm form, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        FindingView finding = findings.get(id);
        FormErrors errors = FormErrors.none();
        AssessmentForm api = form.toForm(errors);
        if (api != null) {
            errors.check(validator, api, AssessmentPageForm.FIELDS);
        }
        if (!errors.any()) {
            try {
                AssessmentView made = assessments.assess(id, api);
                redirect.addFlashAttribute("flash", "Assessment recorded: " + (made.determination() == null
                        ? "state " + made.state().code()
                        : made.determination() + " (" + made.determinationReason() + ")"));
                return "redirect:/findings/" + id + "#assessment";
            } catch (BadRequestException e) {
                errors.general(e.getMessage());
            } catch (InvalidInputException e) {
                errors.general(e.oneLine());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return assessPage(id, finding, form, errors, model);
    }

    @GetMapping("/findings/{id}/rubric")
    String rubric(@PathVariable long id, Model model) {
        return rubricPage(id, RubricWizard.start(), model);
    }

    /** One step of the rubric: answer the next question, change an earlier answer, or start again. */
    @PostMapping("/findings/{id}/rubric")
    String rubricStep(@PathVariable long id, @RequestParam(required = false) String answers,
                      @RequestParam(defaultValue = "answer") String action, @RequestParam(required = false) String question,
                      @RequestParam(required = false) String answer, @RequestParam(required = false) String note,
                      Model model) {
        RubricWizard wizard = RubricWizard.of(answers);
        wizard = switch (action) {
            case "answer" -> question == null || answer == null ? wizard : wizard.answer(question, answer, note);
            case "change" -> question == null ? wizard : wizard.without(question);
            case "restart" -> RubricWizard.start();
            default -> throw new BadRequestException("action must be answer, change or restart");
        };
        return rubricPage(id, wizard, model);
    }

    private String rubricPage(long id, RubricWizard wizard, Model model) {
        FindingView finding = findings.get(id);
        model.addAttribute("finding", finding);
        model.addAttribute("wizard", wizard);
        model.addAttribute("next", wizard.next().orElse(null));
        if (wizard.complete()) {
            model.addAttribute("result", wizard.result());
            addAssessForm(id, AssessmentPageForm.withRubric(wizard.text()), FormErrors.none(), model);
        }
        return "findings/rubric";
    }

    private String assessPage(long id, FindingView finding, AssessmentPageForm form, FormErrors errors, Model model) {
        model.addAttribute("finding", finding);
        addAssessForm(id, form, errors, model);
        return "findings/assess";
    }

    private void addAssessForm(long id, AssessmentPageForm form, FormErrors errors, Model model) {
        RiskContext risk = findings.riskContext(id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("harmScale", risk.harmScale());
        model.addAttribute("matrixName", risk.matrix().name());
        model.addAttribute("states", Arrays.stream(AnalysisState.values()).map(AnalysisState::code).toList());
        model.addAttribute("justifications", Arrays.stream(Justification.values()).map(Justification::code).toList());
        model.addAttribute("responses", Arrays.stream(VexResponse.values())
                .map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
    }
}
