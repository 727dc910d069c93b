package org.medvigil.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.medvigil.core.match.Finding;
import org.medvigil.core.sbom.Component;

/**
 * The machine-readable scan report whose shape DESIGN.md fixes (fields may be added, never
 * renamed). Streamed, so a large report is never held as a tree.
 */
final class JsonReportWriter implements ReportWriter {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "medvigil");
            g.writeStringField("version", report.toolVersion());
            g.writeEndObject();
            g.writeArrayFieldStart("sboms");
            for (ScannedSbom s : report.sboms()) {
                g.writeStartObject();
                g.writeStringField("file", s.file());
                g.writeStringField("format", s.format());
                g.writeNumberField("components", s.components());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("advisories");
            g.writeNumberField("loaded", report.advisoriesLoaded());
            g.writeArrayFieldStart("problems");
            for (String p : report.problems()) {
                g.writeString(p);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (ReportedFinding f : report.findings()) {
                writeFinding(g, f);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeFinding(JsonGenerator g, ReportedFinding rf) throws IOException {
        Finding f = rf.finding();
        Component c = f.component();
        g.writeStartObject();
        g.writeStringField("sbom", rf.sbom());
        g.writeObjectFieldStart("component");
        stringField(g, "purl", c.purl() == null ? null : c.purl().canonical());
        stringField(g, "name", c.name());
        stringField(g, "version", c.version());
        stringField(g, "bomRef", c.bomRef());
        stringField(g, "vendor", c.vendor());
        g.writeEndObject();
        g.writeObjectFieldStart("vulnerability");
        g.writeStringField("id", f.vulnerabilityId());
        g.writeArrayFieldStart("aliases");
        for (String a : f.aliases()) {
            g.writeString(a);
        }
        g.writeEndArray();
        stringField(g, "summary", f.advisory().headline());
        if (f.advisory().provenance() != null && !f.advisory().id().equals(f.advisory().provenance().document())) {
            stringField(g, "document", f.advisory().provenance().document());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("match");
        g.writeStringField("source", f.evidence().source());
        g.writeStringField("rule", f.evidence().rule().label());
        g.writeStringField("reason", f.evidence().reason());
        g.writeBooleanField("certain", f.evidence().certain());
        g.writeArrayFieldStart("fixedVersions");
        for (String v : f.evidence().fixedVersions()) {
            g.writeString(v);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("severity");
        g.writeStringField("rating", rf.severity().rating().label());
        g.writeArrayFieldStart("cvss");
        for (CvssRating r : rf.severity().cvss()) {
            g.writeStartObject();
            g.writeStringField("version", r.version());
            g.writeStringField("vector", r.vector());
            g.writeNumberField("score", r.score());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void stringField(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
