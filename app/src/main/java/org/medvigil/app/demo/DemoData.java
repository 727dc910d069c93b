package org.medvigil.app.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code medvigil serve --demo}: loads a demo portfolio. PLACEHOLDER until the demo data is written. */
@Component
@ConditionalOnProperty(name = "medvigil.demo", havingValue = "true")
class DemoData implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    @Override
    public void run(ApplicationArguments args) {
        LOG.warn("demo data not yet available; starting with an empty portfolio");
    }
}
