package org.medvigil.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.match.Finding;

/**
 * SARIF 2.1.0 for code-scanning dashboards: one rule per vulnerability, one result per
 * finding, located in the SBOM file (SARIF has no notion of a component, so the component
 * is named in the message and a logical location). {@code security-severity} carries the
 * CVSS score the way GitHub code scanning reads it.
 */
final class SarifReportWriter implements ReportWriter {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        Map<String, ReportedFinding> rules = new LinkedHashMap<>();
        for (ReportedFinding f : report.findings()) {
            rules.putIfAbsent(f.finding().vulnerabilityId(), f);
        }
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "medvigil");
            g.writeStringField("version", report.toolVersion());
            g.writeStringField("informationUri", "https://github.com/medvigil/medvigil");
            g.writeArrayFieldStart("rules");
            for (ReportedFinding f : rules.values()) {
                writeRule(g, f);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (ReportedFinding f : report.findings()) {
                writeResult(g, f);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeRule(JsonGenerator g, ReportedFinding rf) throws IOException {
        Advisory a = rf.finding().advisory();
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("name", a.id());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", a.headline() == null ? a.id() : a.headline());
        g.writeEndObject();
        if (a.details() != null && !a.details().isBlank()) {
            g.writeObjectFieldStart("fullDescription");
            g.writeStringField("text", a.details());
            g.writeEndObject();
        }
        if (!a.references().isEmpty()) {
            g.writeStringField("helpUri", a.references().get(0));
        }
        g.writeObjectFieldStart("help");
        g.writeStringField("text", helpText(rf));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        double score = rf.severity().topScore();
        if (score >= 0) {
            g.writeStringField("security-severity", String.format(Locale.ROOT, "%.1f", score));
        }
        g.writeArrayFieldStart("tags");
        g.writeString("security");
        g.writeString("vulnerability");
        g.writeString(rf.severity().rating().label());
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static String helpText(ReportedFinding rf) {
        Finding f = rf.finding();
        String fixed = f.evidence().fixedVersions().isEmpty() ? "No fixed version is named."
                : "Fixed in " + String.join(", ", f.evidence().fixedVersions()) + ".";
        return f.vulnerabilityId() + (f.aliases().isEmpty() ? "" : " (" + String.join(", ", f.aliases()) + ")")
                + ": " + fixed;
    }

    private static void writeResult(JsonGenerator g, ReportedFinding rf) throws IOException {
        Finding f = rf.finding();
        String component = f.component().purl() != null ? f.component().purl().canonical()
                : f.component().name() + (f.component().version() == null ? "" : "@" + f.component().version());
        g.writeStartObject();
        g.writeStringField("ruleId", f.vulnerabilityId());
        g.writeStringField("level", level(rf.severity().rating()));
        g.writeObjectFieldStart("message");
        String fixed = f.evidence().fixedVersions().isEmpty() ? ""
                : " Fixed in " + String.join(", ", f.evidence().fixedVersions()) + ".";
        g.writeStringField("text", component + " is affected by " + f.vulnerabilityId() + "." + fixed
                + (f.evidence().certain() ? "" : " Uncertain match: review it.") + " " + f.evidence().reason());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", rf.sbom());
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("fullyQualifiedName", component);
        g.writeStringField("kind", "module");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("medvigilFinding/v1", fingerprint(rf.sbom() + "|" + component + "|" + f.vulnerabilityId()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeBooleanField("certain", f.evidence().certain());
        g.writeStringField("matchRule", f.evidence().rule().label());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static String level(Rating rating) {
        return switch (rating) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM, UNKNOWN -> "warning";
            case LOW, NONE -> "note";
        };
    }

    private static String fingerprint(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
