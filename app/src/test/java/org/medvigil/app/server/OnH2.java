package org.medvigil.app.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * Runs a server test on an in-memory H2 database. Every class so annotated shares one Spring
 * context (same configuration), so the suite starts the server once per database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:medvigil-test;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        ServerTestSupport.ADMIN_PASSWORD_PROPERTY,
        "spring.flyway.clean-disabled=false",
        "logging.level.org.medvigil=WARN",
        "medvigil.scheduler.enabled=false"})
@AutoConfigureMockMvc
@Import(ServerTestConfiguration.class)
public @interface OnH2 {
}
