package org.medvigil.app.portfolio;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.medvigil.app.portfolio.PortfolioPageForms.SupportPageForm;
import org.medvigil.app.web.FormErrors;
import org.medvigil.app.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One component of a release's SBOM and the form for its support data (FDA C-06). */
@PageController
class ComponentPages {
    private final ComponentService components;
    private final ReleaseService releases;
    private final Validator validator;

    ComponentPages(ComponentService components, ReleaseService releases, Validator validator) {
        this.components = components;
        this.releases = releases;
        this.validator = validator;
    }

    @GetMapping("/components/{id}")
    String detail(@PathVariable long id, Model model) {
        ComponentView c = components.get(id);
        return page(c, SupportPageForm.of(c.support()), FormErrors.none(), model);
    }

    @PostMapping("/components/{id}/support")
    String updateSupport(@PathVariable long id, @ModelAttribute SupportPageForm form, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        ComponentView c = components.get(id);
        FormErrors errors = FormErrors.none();
        SupportForm api = form.toForm(errors);
        errors.check(validator, api, SupportPageForm.FIELDS);
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(c, form, errors, model);
        }
        components.updateSupport(id, api);
        redirect.addFlashAttribute("flash", "Support data of " + c.name() + " saved.");
        return "redirect:/components/" + id;
    }

    private String page(ComponentView c, SupportPageForm form, FormErrors errors, Model model) {
        model.addAttribute("component", c);
        model.addAttribute("release", releases.get(c.releaseId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "portfolio/component";
    }
}
