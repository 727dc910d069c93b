package org.medvigil.app.portfolio;

import jakarta.validation.Valid;
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

/** Device models and their releases. */
@RestController
@RequestMapping("/api/v1")
class ProductController {
    private final ProductService products;
    private final ReleaseService releases;

    ProductController(ProductService products, ReleaseService releases) {
        this.products = products;
        this.releases = releases;
    }

    @GetMapping("/products")
    public PageOf<Product> products(@RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return products.list(Paging.of(page, size));
    }

    @PostMapping("/products")
    @ResponseStatus(HttpStatus.CREATED)
    public Product createProduct(@Valid @RequestBody ProductForm form) {
        return products.create(form);
    }

    @GetMapping("/products/{id}")
    public Product product(@PathVariable long id) {
        return products.get(id);
    }

    @PutMapping("/products/{id}")
    public Product updateProduct(@PathVariable long id, @Valid @RequestBody ProductForm form) {
        return products.update(id, form);
    }

    @GetMapping("/products/{id}/releases")
    public PageOf<Release> releases(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return releases.list(id, Paging.of(page, size));
    }

    @PostMapping("/products/{id}/releases")
    @ResponseStatus(HttpStatus.CREATED)
    public Release createRelease(@PathVariable long id, @Valid @RequestBody ReleaseForm form) {
        return releases.create(id, form);
    }

    @GetMapping("/releases/{id}")
    public Release release(@PathVariable long id) {
        return releases.get(id);
    }

    @PutMapping("/releases/{id}")
    public Release updateRelease(@PathVariable long id, @Valid @RequestBody ReleaseForm form) {
        return releases.update(id, form);
    }
}
