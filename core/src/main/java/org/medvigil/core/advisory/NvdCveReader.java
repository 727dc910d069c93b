package org.medvigil.core.advisory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.sbom.DocumentHead;

/**
 * NVD CVE API 2.0 JSON: a response page ({@code {"format":"NVD_CVE","vulnerabilities":[{"cve":…}]}})
 * or a single {@code {"cve":…}} object. Pages are streamed: one {@code vulnerabilities[]} element
 * is parsed into a tree at a time, so a large page never sits in memory as objects. A CVE that
 * cannot be read is skipped and the rest of the page still loads; the skipped ones are reported
 * together at the end as one problem.
 *
 * <p>Mapping: {@code vulnStatus} "Rejected" withdraws the CVE (at {@code lastModified});
 * severities are the CVSS vectors of {@code cvssMetricV40}, {@code V31}, {@code V30}, {@code V2},
 * Primary (NVD's own) scores first, then Secondary (CNA) scores; CWEs from {@code weaknesses}
 * ({@code NVD-CWE-Other}/{@code noinfo} dropped); affected entries per {@link NvdConfigurations}.
 */
final class NvdCveReader implements AdvisoryReader, KeyedDetection {
    private static final List<String[]> METRICS = List.of(
            new String[] {"cvssMetricV40", "CVSS_V4"},
            new String[] {"cvssMetricV31", "CVSS_V3"},
            new String[] {"cvssMetricV30", "CVSS_V3"},
            new String[] {"cvssMetricV2", "CVSS_V2"});

    private final TextTrees trees;
    private final NvdConfigurations configurations;

    NvdCveReader(TextTrees trees, NvdConfigurations configurations) {
        this.trees = trees;
        this.configurations = configurations;
    }

    @Override
    public String name() {
        return "NVD CVE API 2.0 JSON";
    }

    @Override
    public boolean recognizes(DocumentHead head) {
        return recognizes(HeadKeys.of(head));
    }

    @Override
    public boolean recognizes(HeadKeys keys) {
        if (!keys.isJsonObject() || keys.has("document") || keys.has("product_tree")) {
            return false;
        }
        return keys.has("cve") && !keys.has("id")
                || keys.has("vulnerabilities") && (keys.contains("\"NVD_CVE\"") || keys.contains("\"cve\""));
    }

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public void read(byte[] content, String location, Consumer<Advisory> sink) {
        read(new ByteArrayInputStream(content), location, sink);
    }

    @Override
    public void read(InputStream content, String location, Consumer<Advisory> sink) {
        SkippedRecords skipped = new SkippedRecords("CVE record");
        try (JsonParser p = trees.jsonParser(content)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException(location, "an NVD CVE document must be a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("vulnerabilities".equals(field) && value == JsonToken.START_ARRAY) {
                    JsonToken t;
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (t == null) {
                            throw new InvalidInputException(location, "unexpected end of input in \"vulnerabilities\"");
                        }
                        emit(trees.value(p, t, 2).get("cve"), location, sink, skipped);
                    }
                } else if ("cve".equals(field) && value == JsonToken.START_OBJECT) {
                    emit(trees.value(p, value, 1), location, sink, skipped);
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException | InvalidInputException e) {
            throw TextTrees.malformed("JSON", location, e);
        }
        skipped.report(location);
    }

    private void emit(JsonNode cve, String location, Consumer<Advisory> sink, SkippedRecords skipped) {
        Advisory advisory;
        try {
            advisory = advisory(cve, location);
        } catch (InvalidInputException | IllegalArgumentException e) {
            skipped.add(Fields.text(cve, "id"), e.getMessage());
            return;
        }
        sink.accept(advisory);
    }

    Advisory advisory(JsonNode cve, String location) {
        if (cve == null || !cve.isObject()) {
            throw new InvalidInputException(location, "vulnerabilities[] element without a \"cve\" object");
        }
        String id = Fields.text(cve, "id");
        if (id == null) {
            throw new InvalidInputException(location, "CVE record without \"id\"");
        }
        Instant published = Timestamps.parse(Fields.text(cve, "published"), "published", location);
        Instant modified = Timestamps.parse(Fields.text(cve, "lastModified"), "lastModified", location);
        Instant withdrawn = null;
        if ("Rejected".equalsIgnoreCase(Fields.text(cve, "vulnStatus"))) {
            withdrawn = modified != null ? modified : published != null ? published : Instant.EPOCH;
        }
        return new Advisory(id, List.of(), null, englishDescription(cve), published, modified, withdrawn,
                configurations.affected(cve, location + " " + id), severities(cve), references(cve), cwes(cve),
                new Provenance("nvd", documentName(location), location));
    }

    private static String englishDescription(JsonNode cve) {
        String any = null;
        for (JsonNode d : Fields.array(cve, "descriptions")) {
            String lang = Fields.text(d, "lang");
            String value = Fields.text(d, "value");
            if (value != null && lang != null && lang.toLowerCase(java.util.Locale.ROOT).startsWith("en")) {
                return value;
            }
            any = any == null ? value : any;
        }
        return any;
    }

    private static List<Severity> severities(JsonNode cve) {
        JsonNode metrics = Fields.object(cve, "metrics");
        Set<Severity> primary = new LinkedHashSet<>();
        Set<Severity> secondary = new LinkedHashSet<>();
        for (String[] m : METRICS) {
            for (JsonNode metric : Fields.array(metrics, m[0])) {
                String vector = Fields.text(Fields.object(metric, "cvssData"), "vectorString");
                if (vector != null) {
                    boolean isPrimary = "Primary".equalsIgnoreCase(Fields.text(metric, "type"));
                    (isPrimary ? primary : secondary).add(new Severity(m[1], vector));
                }
            }
        }
        primary.addAll(secondary);
        return List.copyOf(primary);
    }

    private static List<String> cwes(JsonNode cve) {
        Set<String> cwes = new LinkedHashSet<>();
        for (JsonNode w : Fields.array(cve, "weaknesses")) {
            for (JsonNode d : Fields.array(w, "description")) {
                String value = Fields.text(d, "value");
                if (value != null && value.startsWith("CWE-")) {
                    cwes.add(value);
                }
            }
        }
        return List.copyOf(cwes);
    }

    private static List<String> references(JsonNode cve) {
        Set<String> urls = new LinkedHashSet<>();
        for (JsonNode r : Fields.array(cve, "references")) {
            String url = Fields.text(r, "url");
            if (url != null) {
                urls.add(url);
            }
        }
        return List.copyOf(urls);
    }

    private static String documentName(String location) {
        int bang = location.lastIndexOf('!');
        int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        return location.substring(Math.max(bang, slash) + 1);
    }
}
