package org.medvigil.app.portfolio;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A device model as created or replaced through the API.
 *
 * @param harmSeverityScale the scale's levels, least severe first; omitted: ISO 14971's five
 *                          (negligible, minor, serious, critical, catastrophic; PM-06)
 * @param cyberDeviceRationale why the device is (or is not) a cyber device under section 524B (S-01)
 */
public record ProductForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String manufacturer,
        @NotNull DeviceClass deviceClass,
        @NotNull RegulatoryPathway pathway,
        @Size(max = 50) String submissionNumber,
        @NotNull Boolean cyberDevice,
        @NotBlank @Size(max = 10000) String cyberDeviceRationale,
        @Size(max = 10000) String intendedUse,
        @Size(max = 10000) String safetyAndEssentialPerformance,
        @Size(min = 2, max = 10) List<@NotBlank @Size(max = 50) String> harmSeverityScale,
        Map<String, Object> riskAcceptanceMatrix) {

    static final List<String> ISO_14971_SEVERITIES = List.of("negligible", "minor", "serious", "critical", "catastrophic");

    List<String> harmSeverityScaleOrDefault() {
        return harmSeverityScale == null ? ISO_14971_SEVERITIES : harmSeverityScale;
    }
}
