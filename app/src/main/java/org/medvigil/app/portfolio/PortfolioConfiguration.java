package org.medvigil.app.portfolio;

import org.medvigil.core.sbom.SbomReaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Core's SBOM readers, every format registered in one place there. */
@Configuration
class PortfolioConfiguration {

    @Bean
    SbomReaders sbomReaders() {
        return SbomReaders.standard();
    }
}
