package org.medvigil.app.portfolio;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A device model as created or replaced through the API.
 *
 * @param cyberDeviceRationale  why the device is (or is not) a cyber device under section 524B (S-01)
 * @param harmSeverityScale     what each harm level (negligible, minor, serious, critical,
 *                              catastrophic; PM-06) means for this device; omitted levels keep the
 *                              guidance's definition
 * @param riskAcceptanceMatrix  the product's exploitability x harm matrix in core's
 *                              {@code medvigil-risk-matrix/1} JSON form (PM-03, PM-07); omitted:
 *                              MedVigil's default, shaped on the FDA figure
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
        Map<@NotBlank String, @NotBlank @Size(max = 2000) String> harmSeverityScale,
        Map<String, Object> riskAcceptanceMatrix) {
}
