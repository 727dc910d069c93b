package org.medvigil.app.portfolio;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A component's support data (FDA C-06). Level e.g. "actively maintained", "no longer
 * maintained", "abandoned"; when level and date are unknown, a note must say why.
 */
public record SupportForm(@Size(max = 200) String level, LocalDate endOfSupport, @Size(max = 5000) String note) {

    @AssertTrue(message = "is required when neither level nor endOfSupport is given")
    boolean isNote() {
        return level != null && !level.isBlank() || endOfSupport != null || note != null && !note.isBlank();
    }
}
