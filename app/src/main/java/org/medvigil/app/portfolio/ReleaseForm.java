package org.medvigil.app.portfolio;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A release as created or replaced through the API; dates as ISO {@code yyyy-mm-dd}. */
public record ReleaseForm(@NotBlank @Size(max = 100) String version, LocalDate releaseDate, LocalDate endOfSupport) {

    @AssertTrue(message = "must not be before releaseDate")
    boolean isEndOfSupport() {
        return releaseDate == null || endOfSupport == null || !endOfSupport.isBefore(releaseDate);
    }
}
