package org.medvigil.app.portfolio;

import java.time.Instant;
import java.util.Map;

/**
 * A device model: what FDA expects to be known about it before triage can start (PM-03,
 * S-01): classification, pathway and submission, whether it is a cyber device and why, intended
 * use, safety and essential performance, what each harm level means for it, and its risk-acceptance
 * matrix (core's {@code medvigil-risk-matrix/1} JSON form).
 */
public record Product(long id, String name, String manufacturer, DeviceClass deviceClass, RegulatoryPathway pathway,
                      String submissionNumber, boolean cyberDevice, String cyberDeviceRationale, String intendedUse,
                      String safetyAndEssentialPerformance, Map<String, String> harmSeverityScale,
                      Map<String, Object> riskAcceptanceMatrix, Instant createdAt, Instant updatedAt) {
}
