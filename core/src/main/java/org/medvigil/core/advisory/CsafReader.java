package org.medvigil.core.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.sbom.DocumentHead;
import org.medvigil.core.version.VersionSchemes;

/**
 * CSAF 2.0 documents (profiles csaf_security_advisory, csaf_vex, csaf_base and vendor
 * categories; 2.1 drafts read the same way, with their {@code metrics} and {@code cwes}). Each
 * vulnerability becomes one {@link Advisory}: id = CVE, else the first {@code ids[]} text, else
 * {@code <tracking id>#<ordinal>}; its other ids are aliases, the document's tracking id is only
 * the provenance (it groups several CVEs, so as an alias it would merge them). Which products
 * and versions are affected is worked out by {@link CsafAffected}. A vulnerability that cannot
 * be read is skipped and reported while the document's others load.
 */
final class CsafReader implements AdvisoryReader, KeyedDetection {
    private static final int MAX_REMEDIATIONS_IN_DETAILS = 10;

    private final TextTrees trees;
    private final VersionSchemes schemes;
    private final NativeVersionStatement statements;

    CsafReader(TextTrees trees, VersionSchemes schemes) {
        this.trees = trees;
        this.schemes = schemes;
        this.statements = new NativeVersionStatement(schemes);
    }

    @Override
    public String name() {
        return "CSAF 2.0";
    }

    @Override
    public boolean recognizes(DocumentHead head) {
        return recognizes(HeadKeys.of(head));
    }

    @Override
    public boolean recognizes(HeadKeys keys) {
        return keys.isJsonObject() && (keys.has("document") && keys.contains("\"csaf_version\"") || keys.has("product_tree"));
    }

    @Override
    public void read(byte[] content, String location, Consumer<Advisory> sink) {
        JsonNode root = trees.json(content, location);
        JsonNode document = Fields.object(root, "document");
        if (document == null) {
            throw new InvalidInputException(location, "CSAF document without \"document\"");
        }
        String version = Fields.text(document, "csaf_version");
        if (!"2.0".equals(version) && !"2.1".equals(version)) {
            throw new InvalidInputException(location, "csaf_version " + (version == null ? "is missing" : "\"" + version
                    + "\" is not supported") + " (expected 2.0 or 2.1)");
        }
        JsonNode tracking = Fields.object(document, "tracking");
        String trackingId = Fields.text(tracking, "id");
        if (trackingId == null) {
            throw new InvalidInputException(location, "CSAF document without /document/tracking/id");
        }
        DocumentFacts facts = new DocumentFacts(trackingId, Fields.text(document, "title"),
                Timestamps.parse(Fields.text(tracking, "initial_release_date"), "initial_release_date", location),
                Timestamps.parse(Fields.text(tracking, "current_release_date"), "current_release_date", location),
                "csaf_withdrawn".equals(Fields.text(document, "category")),
                aggregateSeverity(document), urls(document));
        CsafAffected affected = new CsafAffected(CsafProductTree.of(Fields.object(root, "product_tree"), statements, schemes),
                schemes);
        SkippedRecords skipped = new SkippedRecords("vulnerability");
        int ordinal = 0;
        for (JsonNode v : Fields.array(root, "vulnerabilities")) {
            ordinal++;
            Advisory a;
            try {
                a = advisory(v, ordinal, facts, affected, location);
            } catch (InvalidInputException | IllegalArgumentException e) {
                skipped.add(Fields.text(v, "cve"), e.getMessage());
                continue;
            }
            sink.accept(a);
        }
        skipped.report(location);
    }

    /** What the document says for all its vulnerabilities. */
    private record DocumentFacts(String trackingId, String title, Instant initialRelease, Instant currentRelease,
                                 boolean withdrawn, Severity aggregate, List<String> references) {
    }

    private Advisory advisory(JsonNode v, int ordinal, DocumentFacts doc, CsafAffected affected, String location) {
        String cve = Fields.text(v, "cve");
        List<String> ids = new ArrayList<>();
        for (JsonNode i : Fields.array(v, "ids")) {
            String text = Fields.text(i, "text");
            if (text != null) {
                ids.add(text);
            }
        }
        String id = cve != null ? cve : !ids.isEmpty() ? ids.get(0) : doc.trackingId() + "#" + ordinal;
        Set<String> aliases = new LinkedHashSet<>(ids);
        aliases.remove(id);
        aliases.remove(doc.trackingId());

        Set<Severity> severities = new LinkedHashSet<>();
        for (JsonNode s : Fields.array(v, "scores")) {
            addCvss(severities, s);
        }
        for (JsonNode m : Fields.array(v, "metrics")) { // CSAF 2.1
            addCvss(severities, Fields.object(m, "content"));
        }
        if (doc.aggregate() != null) {
            severities.add(doc.aggregate());
        }
        Set<String> cwes = new LinkedHashSet<>();
        String cwe = Fields.text(Fields.object(v, "cwe"), "id");
        if (cwe != null) {
            cwes.add(cwe);
        }
        for (JsonNode c : Fields.array(v, "cwes")) {
            String id21 = Fields.text(c, "id");
            if (id21 != null) {
                cwes.add(id21);
            }
        }
        Set<String> references = new LinkedHashSet<>(urls(v));
        references.addAll(doc.references());
        Instant released = Timestamps.parse(Fields.text(v, "release_date"), "release_date", location);
        String summary = Fields.text(v, "title") != null ? Fields.text(v, "title") : doc.title();
        return new Advisory(id, List.copyOf(aliases), summary, details(v),
                released != null ? released : doc.initialRelease(), doc.currentRelease(),
                doc.withdrawn() ? (doc.currentRelease() != null ? doc.currentRelease() : Instant.EPOCH) : null,
                affected.of(v), List.copyOf(severities), List.copyOf(references), List.copyOf(cwes),
                new Provenance("csaf", doc.trackingId(), location));
    }

    private static void addCvss(Set<Severity> into, JsonNode holder) {
        String v4 = Fields.text(Fields.object(holder, "cvss_v4"), "vectorString");
        String v3 = Fields.text(Fields.object(holder, "cvss_v3"), "vectorString");
        String v2 = Fields.text(Fields.object(holder, "cvss_v2"), "vectorString");
        if (v4 != null) {
            into.add(new Severity("CVSS_V4", v4));
        }
        if (v3 != null) {
            into.add(new Severity("CVSS_V3", v3));
        }
        if (v2 != null) {
            into.add(new Severity("CVSS_V2", v2));
        }
    }

    private static Severity aggregateSeverity(JsonNode document) {
        String text = Fields.text(Fields.object(document, "aggregate_severity"), "text");
        return text == null ? null : new Severity("CSAF_AGGREGATE", text);
    }

    /** Notes, then threats (impact, exploit status) and remediations as short lines. */
    private static String details(JsonNode v) {
        List<String> parts = new ArrayList<>();
        for (JsonNode n : Fields.array(v, "notes")) {
            String text = Fields.text(n, "text");
            if (text != null && !parts.contains(text)) {
                parts.add(text);
            }
        }
        for (JsonNode t : Fields.array(v, "threats")) {
            String category = Fields.text(t, "category");
            String text = Fields.text(t, "details");
            if (text != null && ("impact".equals(category) || "exploit_status".equals(category))) {
                parts.add(("impact".equals(category) ? "Impact: " : "Exploit status: ") + text);
            }
        }
        Set<String> remediations = new LinkedHashSet<>();
        for (JsonNode r : Fields.array(v, "remediations")) {
            String text = Fields.text(r, "details");
            if (text != null && remediations.size() < MAX_REMEDIATIONS_IN_DETAILS) {
                String url = Fields.text(r, "url");
                remediations.add("Remediation (" + Fields.text(r, "category") + "): " + text + (url == null ? "" : " " + url));
            }
        }
        parts.addAll(remediations);
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    private static List<String> urls(JsonNode holder) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode r : Fields.array(holder, "references")) {
            String url = Fields.text(r, "url");
            if (url != null) {
                out.add(url);
            }
        }
        return List.copyOf(out);
    }
}
