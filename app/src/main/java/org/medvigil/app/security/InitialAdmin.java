package org.medvigil.app.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * First run: creates the initial administrator when there is no user yet. The password comes
 * from {@code medvigil.admin.password} (environment {@code MEDVIGIL_ADMIN_PASSWORD}); without
 * one, a random password is generated and printed to the log this once.
 */
@Component
class InitialAdmin implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserService users;
    private final String username;
    private final String password;

    InitialAdmin(UserService users, @Value("${medvigil.admin.username:admin}") String username,
                 @Value("${medvigil.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = password == null || password.isBlank();
        String pw = generated ? randomPassword() : password;
        if (!generated && pw.length() < 12) {
            throw new IllegalStateException("MEDVIGIL_ADMIN_PASSWORD must be at least 12 characters long");
        }
        if (users.createInitialAdmin(username, pw)) {
            if (generated) {
                LOG.warn("Created the initial administrator '{}' with the generated password: {}  "
                        + "(shown only now; change it, or set MEDVIGIL_ADMIN_PASSWORD before the first start)", username, pw);
            } else {
                LOG.info("Created the initial administrator '{}' with the password from MEDVIGIL_ADMIN_PASSWORD", username);
            }
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
