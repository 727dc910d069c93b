package org.medvigil.app.feeds;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An advisory entered by hand: a manufacturer's own finding or a researcher's report (FDA PM-21
 * intake sources). Stored as an OSV record with source "manual"; entering the same id again
 * replaces it (a withdrawn one stops matching).
 *
 * @param id         the advisory's id, e.g. {@code ACME-2026-001} (letters, digits, . _ -)
 * @param reportedBy who reported it (a researcher, the internal team), kept with the record
 * @param affected   the packages it affects, by purl, with a version range or exact versions
 */
public record ManualAdvisoryForm(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may hold letters, digits, '.', '_' and '-' only") String id,
        @NotBlank @Size(max = 500) String summary,
        @Size(max = 20000) String details,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> aliases,
        @Size(max = 5) List<@NotBlank @Size(max = 512) String> cvssVectors,
        @NotEmpty @Size(max = 100) List<@Valid Affected> affected,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> references,
        @Size(max = 500) String reportedBy,
        Boolean withdrawn) {

    /**
     * @param purl         the package, without a version ({@code pkg:npm/left-pad}, {@code pkg:maven/org.acme/pump-core})
     * @param introduced   first affected version ("0": all before {@code fixed})
     * @param fixed        first version with the fix
     * @param lastAffected last affected version, when no fix exists
     * @param versions     exact affected versions, instead of a range
     */
    public record Affected(@NotBlank @Size(max = 1000) String purl, @Size(max = 100) String introduced,
                           @Size(max = 100) String fixed, @Size(max = 100) String lastAffected,
                           @Size(max = 1000) List<@NotBlank @Size(max = 100) String> versions) {
    }
}
