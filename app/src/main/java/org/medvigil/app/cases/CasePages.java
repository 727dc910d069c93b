package org.medvigil.app.cases;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.medvigil.app.cases.CasePageForms.CaseRecordPageForm;
import org.medvigil.app.cases.CasePageForms.EvidencePageForm;
import org.medvigil.app.cases.CasePageForms.LearnedOnPageForm;
import org.medvigil.app.portfolio.ReleaseService;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.app.web.FormErrors;
import org.medvigil.app.web.PageController;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Pager;
import org.medvigil.app.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The regulatory case pages: the list with each case's clocks and 806 verdict, and one case with
 * T0, the two deadlines, the four PM-15 conditions with their state and evidence, the PM-19
 * escalation, the evidence records and the forms to add them, its customer communications, and
 * the releases, customers and units it covers. Everything is {@link CaseService}'s evaluation;
 * the page only shows it. Customer communications have their own page, which a customer may open
 * for the notices sent to it.
 */
@PageController
class CasePages {
    private static final int PAGE_SIZE = 50;
    /** The API names "what was done" differently per kind; the page has one field for it. */
    private static final Map<String, String> TEXT = Map.of("controls", "text", "plan", "text", "summary", "text",
            "whatShared", "text", "description", "text");

    private final CaseService cases;
    private final EvidenceService evidence;
    private final CommunicationService communications;
    private final ReleaseService releases;
    private final Validator validator;
    private final Clock clock;

    CasePages(CaseService cases, EvidenceService evidence, CommunicationService communications, ReleaseService releases,
              Validator validator, Clock clock) {
        this.cases = cases;
        this.evidence = evidence;
        this.communications = communications;
        this.releases = releases;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Long product,
                @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        CaseStatus s = status == null || status.isBlank() ? null : status(status);
        PageOf<CaseSummary> items = cases.list(s, product, Paging.of(page, PAGE_SIZE));
        model.addAttribute("items", items.items());
        model.addAttribute("pager", Pager.of(items, request));
        model.addAttribute("status", s == null ? "" : s.code());
        return "cases/list";
    }

    @GetMapping("/cases/{id}")
    String detail(@PathVariable long id, Model model) {
        return page(id, null, null, FormErrors.none(), model);
    }

    @PostMapping("/cases/{id}/learned-on")
    String learnedOn(@PathVariable long id, @ModelAttribute LearnedOnPageForm form, Model model,
                     RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        EvidenceForms.LearnedOnForm api = form.toForm(errors);
        return save(id, "learned-on", form, errors, api, LearnedOnPageForm.FIELDS, Map.of(),
                f -> cases.setLearnedOn(id, f), "T0 set to " + form.date() + ".", model, redirect, response);
    }

    @PostMapping("/cases/{id}/record")
    String record(@PathVariable long id, @ModelAttribute CaseRecordPageForm form, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return save(id, "record", form, FormErrors.none(), form.toForm(), CaseRecordPageForm.FIELDS, Map.of(),
                f -> cases.setRecord(id, f), "Case record saved.", model, redirect, response);
    }

    @PostMapping("/cases/{id}/communications")
    String communicate(@PathVariable long id, @ModelAttribute EvidencePageForm form, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        EvidenceForms.CommunicationForm api = form.communication(errors);
        return save(id, "customer_communication", form, errors, api, EvidencePageForm.FIELDS, TEXT, f -> {
            CommunicationView sent = evidence.communicate(id, f);
            return sent.pm17().complete() ? "Customer communication recorded; the notice carries the four PM-17 elements."
                    : "Customer communication recorded, but the notice lacks: " + String.join("; ", sent.pm17().missing())
                    + ". Only a complete notice meets PM-15.2.";
        }, null, model, redirect, response);
    }

    @PostMapping("/cases/{id}/evidence/compensating-controls")
    String compensatingControls(@PathVariable long id, @ModelAttribute EvidencePageForm form, Model model,
                                RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        return save(id, "compensating_controls", form, errors, form.compensatingControls(errors), EvidencePageForm.FIELDS,
                TEXT, f -> evidence.compensatingControls(id, f), "Compensating controls recorded.", model, redirect, response);
    }

    @PostMapping("/cases/{id}/evidence/remediation-plan")
    String remediationPlan(@PathVariable long id, @ModelAttribute EvidencePageForm form, Model model,
                           RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        return save(id, "remediation_plan", form, errors, form.remediationPlan(errors), EvidencePageForm.FIELDS, TEXT,
                f -> evidence.remediationPlan(id, f), "Remediation plan recorded.", model, redirect, response);
    }

    @PostMapping("/cases/{id}/evidence/fix-distributed")
    String fixDistributed(@PathVariable long id, @ModelAttribute EvidencePageForm form, Model model,
                          RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        return save(id, "fix_distributed", form, errors, form.fixDistributed(errors), EvidencePageForm.FIELDS, TEXT,
                f -> evidence.fixDistributed(id, f), "Fix distribution recorded.", model, redirect, response);
    }

    @PostMapping("/cases/{id}/evidence/isao-share")
    String isaoShare(@PathVariable long id, @ModelAttribute EvidencePageForm form, Model model,
                     RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        return save(id, "isao_share", form, errors, form.isaoShare(errors), EvidencePageForm.FIELDS, TEXT,
                f -> evidence.isaoShare(id, f), "ISAO share recorded.", model, redirect, response);
    }

    @PostMapping("/cases/{id}/evidence/serious-adverse-event")
    String adverseEvent(@PathVariable long id, @ModelAttribute EvidencePageForm form, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        return save(id, "serious_adverse_event", form, errors, form.adverseEvent(errors), EvidencePageForm.FIELDS, TEXT,
                f -> evidence.adverseEvent(id, f), "Serious adverse event recorded: 21 CFR 806 reporting applies.",
                model, redirect, response);
    }

    /** Customer communications, newest first: all of them for staff, those sent to it for a customer. */
    @GetMapping("/communications")
    String communications(@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        PageOf<CommunicationView> items = communications.list(null, Paging.of(page, PAGE_SIZE));
        model.addAttribute("items", items.items());
        model.addAttribute("pager", Pager.of(items, request));
        return "cases/communications";
    }

    @GetMapping("/communications/{id}")
    String communication(@PathVariable long id, Model model) {
        model.addAttribute("c", communications.get(id));
        return "cases/communication";
    }

    /**
     * Validates the API form, calls the service and goes back to the case with a message; a
     * refused form shows the case again with the form open, as sent, and its problems.
     *
     * @param done the message, or null when the service's answer is the message
     */
    private <F> String save(long id, String which, Object pageForm, FormErrors errors, F api, java.util.Set<String> fields,
                            Map<String, String> pageNames, Function<F, Object> service, String done, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        errors.check(validator, api, fields, pageNames);
        if (!errors.any()) {
            try {
                Object answer = service.apply(api);
                redirect.addFlashAttribute("flash", done != null ? done : String.valueOf(answer));
                return "redirect:/cases/" + id;
            } catch (BadRequestException e) {
                errors.general(e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(id, which, pageForm, errors, model);
    }

    private String page(long id, String openForm, Object form, FormErrors errors, Model model) {
        CaseDetail c = cases.get(id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("c", c);
        model.addAttribute("communications", communications.list(id, Paging.of(0, Paging.MAX_SIZE)).items());
        model.addAttribute("productReleases", releases.list(c.product().id(), Paging.of(0, Paging.MAX_SIZE)).items());
        model.addAttribute("openForm", openForm);
        model.addAttribute("errors", errors);
        model.addAttribute("evidenceForm", form instanceof EvidencePageForm f ? f : EvidencePageForm.today(today));
        model.addAttribute("learnedOnForm", form instanceof LearnedOnPageForm f ? f
                : new LearnedOnPageForm(c.learnedOn().date().toString(), null));
        model.addAttribute("recordForm", form instanceof CaseRecordPageForm f ? f : CaseRecordPageForm.of(c.record()));
        model.addAttribute("kinds", Arrays.stream(EvidenceKind.values()).map(EvidenceKind::code).toList());
        return "cases/detail";
    }

    private static CaseStatus status(String code) {
        try {
            return CaseStatus.ofCode(code.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status must be open or closed (got '" + code + "')");
        }
    }
}
