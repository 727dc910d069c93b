package org.medvigil.core.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.medvigil.core.InvalidInputException;

/**
 * CycloneDX JSON, spec 1.2 to 1.7 (later 1.x with a warning).
 *
 * <p>Hand-rolled on Jackson's streaming parser rather than cyclonedx-core-java's {@code JsonParser}:
 * that one binds the whole document into its object model, which took ~740 ms on a cold JVM for
 * a 1,000-component BOM here (the CLI's whole budget is 2 s), models the spec only up to 1.6 and
 * fails on some valid 1.7 documents. This reader takes only the fields an {@link Inventory} holds and
 * skips everything else, so any later 1.x field is ignored safely. No schema validation is done on
 * this path.
 */
final class CycloneDxJsonReader implements SbomReader {
    private static final Pattern BOM_FORMAT = Pattern.compile("\"bomFormat\"\\s*:\\s*\"CycloneDX\"");
    private static final Pattern SCHEMA = Pattern.compile("\"\\$schema\"\\s*:\\s*\"https?://cyclonedx\\.org/schema/bom-1\\.");

    private final JsonFactory factory = JsonInput.jsonFactory();

    @Override
    public String name() {
        return "CycloneDX JSON";
    }

    @Override
    public boolean recognizes(DocumentHead head) {
        // contains() first: a plain search is much cheaper than a regex over 128 KiB of another format.
        return head.startsWith('{')
                && ((head.contains("\"bomFormat\"") && BOM_FORMAT.matcher(head.text()).find())
                    || (head.contains("cyclonedx.org/schema/bom-1.") && SCHEMA.matcher(head.text()).find()));
    }

    @Override
    public Inventory read(byte[] content, String source) {
        return JsonInput.read(factory, content, source, "JSON", in -> read(in, new InventoryBuilder(source)));
    }

    private Inventory read(JsonInput in, InventoryBuilder b) throws IOException {
        in.rootObject("a CycloneDX BOM");
        Document doc = new Document();
        in.object("bom", name -> {
            switch (name) {
                case "bomFormat" -> doc.bomFormat = in.text();
                case "specVersion" -> doc.specVersion = in.text();
                case "serialNumber" -> doc.serialNumber = in.text();
                case "metadata" -> metadata(in, b, doc);
                case "components" -> in.array(name, () -> b.add(component(in, b), null));
                case "dependencies" -> dependencies(in, b);
                default -> in.skip();
            }
        });
        String trailing = in.trailingContent();
        if (trailing != null) {
            b.warn(trailing);
        }
        if (doc.bomFormat != null && !doc.bomFormat.equals("CycloneDX")) {
            throw new InvalidInputException(b.source(), "bomFormat is " + Text.quote(doc.bomFormat) + ", not \"CycloneDX\"");
        }
        String version = CycloneDxVersions.check(Text.clean(doc.specVersion), b);
        DocumentInfo info = new DocumentInfo(Text.clean(doc.serialNumber),
                doc.subject == null ? null : doc.subject.name(), b.timestamp(doc.timestamp),
                doc.authors, doc.tools, doc.subject);
        return b.build("CycloneDX " + version, info);
    }

    /** Document-level fields collected while streaming. */
    private static final class Document {
        String bomFormat;
        String specVersion;
        String serialNumber;
        String timestamp;
        final List<String> authors = new ArrayList<>();
        final List<String> tools = new ArrayList<>();
        Component subject;
    }

    private void metadata(JsonInput in, InventoryBuilder b, Document doc) throws IOException {
        in.object("metadata", name -> {
            switch (name) {
                case "timestamp" -> doc.timestamp = in.text();
                case "authors" -> in.array(name, () -> addIfPresent(doc.authors, contactName(in)));
                case "tools" -> tools(in, doc.tools);
                case "component" -> doc.subject = b.subject(component(in, b));
                default -> in.skip();
            }
        });
    }

    /** Tools: before 1.5 an array of {vendor, name, version}; since 1.5 an object of components and services. */
    private void tools(JsonInput in, List<String> tools) throws IOException {
        if (in.token() == JsonToken.START_ARRAY) {
            in.array("tools", () -> addIfPresent(tools, tool(in)));
            return;
        }
        in.object("tools", name -> {
            if (name.equals("components") || name.equals("services")) {
                in.array(name, () -> addIfPresent(tools, tool(in)));
            } else {
                in.skip();
            }
        });
    }

    private String tool(JsonInput in) throws IOException {
        String[] parts = new String[3];
        in.object("tool", name -> {
            switch (name) {
                case "vendor", "group", "publisher" -> parts[0] = firstNonNull(parts[0], in.text());
                case "manufacturer", "provider" -> parts[0] = firstNonNull(parts[0], organizationName(in));
                case "name" -> parts[1] = in.text();
                case "version" -> parts[2] = in.text();
                default -> in.skip();
            }
        });
        return CycloneDxText.tool(parts[0], parts[1], parts[2]);
    }

    private ComponentDraft component(JsonInput in, InventoryBuilder b) throws IOException {
        ComponentDraft d = b.newDraft();
        in.object("component", name -> {
            switch (name) {
                case "bom-ref" -> d.bomRef = in.text();
                case "type" -> d.type = Text.clean(in.text());
                case "supplier" -> d.supplier = organizationName(in);
                case "manufacturer" -> d.manufacturer = organizationName(in);
                case "publisher" -> d.publisher = Text.clean(in.text());
                case "author" -> d.author = firstNonNull(d.author, Text.clean(in.text()));
                case "authors" -> in.array(name, () -> d.author = firstNonNull(d.author, contactName(in)));
                case "group" -> d.group = Text.clean(in.text());
                case "name" -> d.name = Text.clean(in.text());
                case "version" -> d.version = Text.clean(in.text());
                case "purl" -> d.purl(in.text());
                case "cpe" -> d.cpe(in.text());
                case "hashes" -> in.array(name, () -> hash(in, d));
                case "licenses" -> in.array(name, () -> license(in, d));
                case "properties" -> in.array(name, () -> property(in, d));
                case "components" -> in.array(name, () -> d.children.add(component(in, b)));
                default -> in.skip();
            }
        });
        return d;
    }

    private void hash(JsonInput in, ComponentDraft d) throws IOException {
        String[] h = new String[2];
        in.object("hash", name -> {
            switch (name) {
                case "alg" -> h[0] = in.text();
                case "content" -> h[1] = in.text();
                default -> in.skip();
            }
        });
        d.hash(h[0], h[1]);
    }

    /** A licence choice: {license: {id | name}} or {expression}. */
    private void license(JsonInput in, ComponentDraft d) throws IOException {
        in.object("license choice", name -> {
            switch (name) {
                case "expression" -> d.license(in.text());
                case "license" -> {
                    String[] l = new String[2];
                    in.object(name, field -> {
                        switch (field) {
                            case "id" -> l[0] = in.text();
                            case "name" -> l[1] = in.text();
                            default -> in.skip();
                        }
                    });
                    d.license(Text.clean(l[0]) != null ? l[0] : l[1]);
                }
                default -> in.skip();
            }
        });
    }

    private void property(JsonInput in, ComponentDraft d) throws IOException {
        String[] p = new String[2];
        in.object("property", name -> {
            switch (name) {
                case "name" -> p[0] = in.text();
                case "value" -> p[1] = in.text();
                default -> in.skip();
            }
        });
        d.property(p[0], p[1]);
    }

    private void dependencies(JsonInput in, InventoryBuilder b) throws IOException {
        in.array("dependencies", () -> {
            String[] ref = new String[1];
            List<String> dependsOn = new ArrayList<>();
            in.object("dependency", name -> {
                switch (name) {
                    case "ref" -> ref[0] = Text.clean(in.text());
                    case "dependsOn" -> dependsOn.addAll(in.texts(name));
                    default -> in.skip();
                }
            });
            if (ref[0] != null) {
                b.dependencyNode(ref[0]);
                for (String to : dependsOn) {
                    String t = Text.clean(to);
                    if (t != null) {
                        b.dependency(ref[0], t);
                    }
                }
            }
        });
    }

    /** An organizational entity's name, else its first URL. */
    private String organizationName(JsonInput in) throws IOException {
        String[] n = new String[2];
        in.object("organization", name -> {
            switch (name) {
                case "name" -> n[0] = Text.clean(in.text());
                case "url" -> {
                    List<String> urls = in.texts(name);
                    n[1] = urls.isEmpty() ? null : Text.clean(urls.get(0));
                }
                default -> in.skip();
            }
        });
        return n[0] != null ? n[0] : n[1];
    }

    /** An organizational contact's name, else its e-mail. */
    private String contactName(JsonInput in) throws IOException {
        String[] n = new String[2];
        in.object("contact", name -> {
            switch (name) {
                case "name" -> n[0] = Text.clean(in.text());
                case "email" -> n[1] = Text.clean(in.text());
                default -> in.skip();
            }
        });
        return n[0] != null ? n[0] : n[1];
    }

    private static void addIfPresent(List<String> list, String s) {
        if (s != null) {
            list.add(s);
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
