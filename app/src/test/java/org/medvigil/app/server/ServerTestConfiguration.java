package org.medvigil.app.server;

import java.time.Instant;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What every server test context adds: a clock the tests control, and a clean schema at start. */
@TestConfiguration(proxyBeanMethods = false)
public class ServerTestConfiguration {
    public static final Instant START = Instant.parse("2026-11-02T08:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START);
    }

    /** The PostgreSQL test database outlives a run: start every context from an empty schema. */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
