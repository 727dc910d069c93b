package org.medvigil.app.security;

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

/** Users and API keys (ADMIN), and who the caller is (everyone). */
@RestController
@RequestMapping("/api/v1")
class SecurityAdminController {
    private final UserService users;
    private final ApiKeyService keys;
    private final CurrentActor current;

    SecurityAdminController(UserService users, ApiKeyService keys, CurrentActor current) {
        this.users = users;
        this.keys = keys;
        this.current = current;
    }

    /** The caller: name, role and, for a customer, its customer id. */
    @GetMapping("/me")
    public Actor me() {
        return current.get();
    }

    @GetMapping("/users")
    public PageOf<UserView> users(@RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return users.list(Paging.of(page, size));
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    public UserView createUser(@Valid @RequestBody UserForm form) {
        return users.create(form);
    }

    @GetMapping("/users/{id}")
    public UserView user(@PathVariable long id) {
        return users.get(id);
    }

    @PutMapping("/users/{id}")
    public UserView updateUser(@PathVariable long id, @Valid @RequestBody UserUpdate change) {
        return users.update(id, change);
    }

    @GetMapping("/api-keys")
    public PageOf<ApiKeyView> apiKeys(@RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return keys.list(Paging.of(page, size));
    }

    /** Creates a key; the response is the only place the key is ever shown. */
    @PostMapping("/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    public NewApiKey createApiKey(@Valid @RequestBody ApiKeyForm form) {
        return keys.create(form);
    }

    @DeleteMapping("/api-keys/{id}")
    public ApiKeyView revokeApiKey(@PathVariable long id) {
        return keys.revoke(id);
    }
}
