package org.medvigil.app;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The MedVigil server ({@code medvigil serve}): the persistent, multi-user portfolio around the
 * core engine. Started only by the {@code serve} command, so the other commands never load Spring.
 */
@SpringBootApplication
public class MedvigilServer {

    /** Starts the server; {@code args} are Spring properties such as {@code --server.port=8080}. */
    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication app = new SpringApplication(MedvigilServer.class);
        return app.run(args);
    }

    /**
     * The one source of "now". Millisecond ticks: every stored instant survives both
     * databases' timestamp precision unchanged, which the audit chain's hashes rely on.
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
