package org.medvigil.app.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A device model: what FDA expects to be known about it before triage can start (PM-03,
 * S-01): classification, pathway and submission, whether it is a cyber device and why, intended
 * use, safety and essential performance, the harm-severity scale and the risk-acceptance matrix
 * (free JSON until the risk package gives it a type).
 */
public record Product(long id, String name, String manufacturer, DeviceClass deviceClass, RegulatoryPathway pathway,
                      String submissionNumber, boolean cyberDevice, String cyberDeviceRationale, String intendedUse,
                      String safetyAndEssentialPerformance, List<String> harmSeverityScale,
                      Map<String, Object> riskAcceptanceMatrix, Instant createdAt, Instant updatedAt) {
}
