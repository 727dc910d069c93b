package org.medvigil.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.medvigil.app.security.Role;

abstract class SmokeScenario extends ServerTestSupport {
    @Test
    void createsProductAndRelease() {
        long product = createProduct("Smoke " + unique());
        long release = createRelease(product, "1.0");
        assertThat(getJson(key(Role.AUDITOR), "/api/v1/releases/{id}", release).get("version").asString()).isEqualTo("1.0");
    }
}

@OnH2
class SmokeH2Test extends SmokeScenario {
}

@OnPostgres
class SmokePostgresTest extends SmokeScenario {
}
