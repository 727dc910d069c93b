package org.medvigil.app.portfolio;

import jakarta.validation.Valid;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Installed units (deployments) of releases at customer sites. */
@RestController
@RequestMapping("/api/v1/deployments")
class DeploymentController {
    private final DeploymentService deployments;

    DeploymentController(DeploymentService deployments) {
        this.deployments = deployments;
    }

    @GetMapping
    public PageOf<Deployment> list(@RequestParam(required = false) Long customerId,
                                   @RequestParam(required = false) Long releaseId,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return deployments.list(customerId, releaseId, Paging.of(page, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Deployment create(@Valid @RequestBody DeploymentForm form) {
        return deployments.create(form);
    }

    @GetMapping("/{id}")
    public Deployment get(@PathVariable long id) {
        return deployments.get(id);
    }

    @PutMapping("/{id}")
    public Deployment update(@PathVariable long id, @Valid @RequestBody DeploymentForm form) {
        return deployments.update(id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable long id) {
        deployments.delete(id);
    }
}
