package org.medvigil.app.security;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.app.web.ConflictException;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local users: sign-in look-up, and their administration (ADMIN only, audited). */
@Service
public class UserService implements UserDetailsService {
    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    UserService(UserRepository users, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.account(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Transactional(readOnly = true)
    public PageOf<UserView> list(Paging paging) {
        return PageOf.of(users.page(paging), paging, users.count());
    }

    @Transactional(readOnly = true)
    public UserView get(long id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    @Transactional
    public UserView create(UserForm form) {
        checkCustomer(form.role(), form.customerId());
        if (users.usernameTaken(form.username())) {
            throw new ConflictException("user name '" + form.username() + "' is taken");
        }
        long id = users.insert(form.username(), passwords.encode(form.password()), form.role(), form.customerId(),
                Instant.now(clock));
        UserView created = get(id);
        audit.record("create", "user", id, null, created);
        return created;
    }

    @Transactional
    public UserView update(long id, UserUpdate change) {
        UserView before = get(id);
        checkCustomer(change.role(), change.customerId());
        boolean stillAdmin = change.role() == Role.ADMIN && change.enabled();
        if (before.role() == Role.ADMIN && !stillAdmin && users.countEnabledAdminsOtherThan(id) == 0) {
            throw new ConflictException("user " + id + " is the last enabled administrator");
        }
        users.update(id, change.role(), change.customerId(), change.enabled(), Instant.now(clock));
        if (change.password() != null) {
            users.updatePassword(id, passwords.encode(change.password()));
        }
        UserView after = get(id);
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("user", after);
        recorded.put("passwordChanged", change.password() != null);
        audit.record("update", "user", id, before, recorded);
        return after;
    }

    /** Creates the first administrator; only when there is no user at all. */
    @Transactional
    public boolean createInitialAdmin(String username, String password) {
        if (users.count() > 0) {
            return false;
        }
        long id = users.insert(username, passwords.encode(password), Role.ADMIN, null, Instant.now(clock));
        audit.record("create", "user", id, null, get(id));
        return true;
    }

    private void checkCustomer(Role role, Long customerId) {
        if (role == Role.CUSTOMER && customerId == null) {
            throw new BadRequestException("a CUSTOMER user needs customerId");
        }
        if (role != Role.CUSTOMER && customerId != null) {
            throw new BadRequestException("only a CUSTOMER user belongs to a customer; leave customerId out");
        }
        if (customerId != null && !users.customerExists(customerId)) {
            throw new BadRequestException("customer " + customerId + " does not exist");
        }
    }
}
