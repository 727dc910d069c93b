package org.medvigil.app.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * Runs a server test on PostgreSQL: the database named by {@code MEDVIGIL_TEST_POSTGRES_URL}
 * (with {@code MEDVIGIL_TEST_POSTGRES_USER} / {@code _PASSWORD}, environment or system
 * properties). The schema is dropped and migrated at context start. Without the URL the test
 * is skipped, except under CI ({@code CI} set), where it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(properties = {
        "spring.datasource.url=${MEDVIGIL_TEST_POSTGRES_URL}",
        "spring.datasource.username=${MEDVIGIL_TEST_POSTGRES_USER:medvigil}",
        "spring.datasource.password=${MEDVIGIL_TEST_POSTGRES_PASSWORD:medvigil}",
        ServerTestSupport.ADMIN_PASSWORD_PROPERTY,
        "spring.flyway.clean-disabled=false",
        "logging.level.org.medvigil=WARN",
        "medvigil.scheduler.enabled=false"})
@AutoConfigureMockMvc
@Import(ServerTestConfiguration.class)
public @interface OnPostgres {
}
