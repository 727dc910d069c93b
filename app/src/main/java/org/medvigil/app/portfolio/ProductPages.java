package org.medvigil.app.portfolio;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Arrays;
import org.medvigil.app.portfolio.PortfolioPageForms.ProductPageForm;
import org.medvigil.app.portfolio.PortfolioPageForms.ReleasePageForm;
import org.medvigil.app.web.ConflictException;
import org.medvigil.app.web.FormErrors;
import org.medvigil.app.web.PageController;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Pager;
import org.medvigil.app.web.Paging;
import org.medvigil.app.web.RiskMatrixView;
import org.medvigil.core.risk.RiskAcceptanceMatrix;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The device model pages: the list, one model with its risk criteria and releases, and the forms to add them. */
@PageController
class ProductPages {
    private static final int PAGE_SIZE = 50;

    private final ProductService products;
    private final ReleaseService releases;
    private final Validator validator;
    private final JsonMapper json;

    ProductPages(ProductService products, ReleaseService releases, Validator validator, JsonMapper json) {
        this.products = products;
        this.releases = releases;
        this.validator = validator;
        this.json = json;
    }

    @GetMapping("/products")
    String list(@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        PageOf<Product> items = products.list(Paging.of(page, PAGE_SIZE));
        model.addAttribute("items", items.items());
        model.addAttribute("pager", Pager.of(items, request));
        return "portfolio/products";
    }

    @GetMapping("/products/new")
    String newProduct(Model model) {
        return productForm(ProductPageForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/products")
    String create(@ModelAttribute ProductPageForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        ProductForm api = form.toForm(errors);
        errors.check(validator, api, ProductPageForm.FIELDS);
        if (!errors.any()) {
            try {
                Product created = products.create(api);
                redirect.addFlashAttribute("flash", "Device model " + created.name() + " created.");
                return "redirect:/products/" + created.id();
            } catch (ConflictException e) {
                errors.general(e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return productForm(form, errors, model);
    }

    @GetMapping("/products/{id}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(id, ReleasePageForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/products/{id}/releases")
    String createRelease(@PathVariable long id, @ModelAttribute ReleasePageForm form, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        products.get(id);
        FormErrors errors = FormErrors.none();
        ReleaseForm api = form.toForm(errors);
        errors.check(validator, api, ReleasePageForm.FIELDS);
        if (!errors.any()) {
            try {
                Release created = releases.create(id, api);
                redirect.addFlashAttribute("flash", "Release " + created.version() + " created. Upload its SBOM below.");
                return "redirect:/releases/" + created.id();
            } catch (ConflictException e) {
                errors.general(e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return detailPage(id, form, errors, model);
    }

    private String detailPage(long id, ReleasePageForm form, FormErrors errors, Model model) {
        Product product = products.get(id);
        RiskAcceptanceMatrix matrix = RiskAcceptanceMatrix.fromJson(json.writeValueAsString(product.riskAcceptanceMatrix()));
        model.addAttribute("product", product);
        model.addAttribute("matrix", RiskMatrixView.of(matrix, null, null));
        model.addAttribute("releases", releases.list(id, Paging.of(0, Paging.MAX_SIZE)).items());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "portfolio/product";
    }

    private String productForm(ProductPageForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("classes", Arrays.stream(DeviceClass.values()).map(Enum::name).toList());
        model.addAttribute("pathways", Arrays.stream(RegulatoryPathway.values()).map(RegulatoryPathway::code).toList());
        return "portfolio/product-new";
    }
}
