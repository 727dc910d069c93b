package org.medvigil.app.portfolio;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A unit installed at a site: serial number or UDI (at least one), the release it runs, since when. */
public record DeploymentForm(@NotNull Long siteId, @NotNull Long releaseId, @Size(max = 100) String serialNumber,
                             @Size(max = 300) String udi, LocalDate installedSince) {

    @AssertTrue(message = "serialNumber or udi is required")
    boolean isIdentified() {
        return serialNumber != null && !serialNumber.isBlank() || udi != null && !udi.isBlank();
    }
}
