package org.medvigil.core.sbom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * CycloneDX XML, spec 1.0 to 1.7 (later 1.x with a warning); the version is the namespace of the
 * root {@code bom} element.
 *
 * <p>Hand-rolled on StAX rather than cyclonedx-core-java's {@code XmlParser}: that one maps the
 * document with a default Jackson {@code XmlMapper}, which accepts a DOCTYPE and its internal
 * entities (only external entities are off), binds the whole model (slow on a cold JVM), and knows
 * the spec only up to 1.6. Here DTDs are refused outright (see {@link XmlInput}).
 */
final class CycloneDxXmlReader implements SbomReader {
    private static final String NAMESPACE_PREFIX = "http://cyclonedx.org/schema/bom/";
    private static final Pattern NAMESPACE = Pattern.compile("cyclonedx\\.org/schema/bom/\\d");

    @Override
    public String name() {
        return "CycloneDX XML";
    }

    @Override
    public boolean recognizes(DocumentHead head) {
        return head.startsWith('<') && NAMESPACE.matcher(head.text()).find();
    }

    @Override
    public Inventory read(byte[] content, String source) {
        return XmlInput.read(XmlInput.secureFactory(), content, source, in -> read(in, new InventoryBuilder(source)));
    }

    private Inventory read(XmlInput in, InventoryBuilder b) throws XMLStreamException {
        in.root();
        String ns = in.namespace();
        if (!in.localName().equals("bom") || ns == null || !ns.startsWith(NAMESPACE_PREFIX)) {
            throw in.error("the root element is not a CycloneDX <bom>");
        }
        String version = CycloneDxVersions.check(ns.substring(NAMESPACE_PREFIX.length()), b);
        String serial = Text.clean(in.attribute("serialNumber"));
        Metadata meta = new Metadata();
        in.children(name -> {
            switch (name) {
                case "metadata" -> metadata(in, b, meta);
                case "components" -> in.children(c -> {
                    if (c.equals("component")) {
                        b.add(component(in, b), null);
                    } else {
                        in.skip();
                    }
                });
                case "dependencies" -> dependencies(in, b);
                default -> in.skip();
            }
        });
        DocumentInfo info = new DocumentInfo(serial, meta.subject == null ? null : meta.subject.name(),
                b.timestamp(meta.timestamp), meta.authors, meta.tools, meta.subject);
        return b.build("CycloneDX " + version, info);
    }

    private static final class Metadata {
        String timestamp;
        final List<String> authors = new ArrayList<>();
        final List<String> tools = new ArrayList<>();
        Component subject;
    }

    private void metadata(XmlInput in, InventoryBuilder b, Metadata meta) throws XMLStreamException {
        in.children(name -> {
            switch (name) {
                case "timestamp" -> meta.timestamp = in.text();
                case "authors" -> in.children(a -> addIfPresent(meta.authors,
                        a.equals("author") ? contactName(in) : skipped(in)));
                case "tools" -> tools(in, meta.tools);
                case "component" -> meta.subject = b.subject(component(in, b));
                default -> in.skip();
            }
        });
    }

    /** Before 1.5 a list of {@code <tool>}; since 1.5 {@code <components>} and {@code <services>}. */
    private void tools(XmlInput in, List<String> tools) throws XMLStreamException {
        in.children(name -> {
            switch (name) {
                case "tool" -> addIfPresent(tools, tool(in));
                case "components", "services" -> in.children(t -> addIfPresent(tools,
                        t.equals("component") || t.equals("service") ? tool(in) : skipped(in)));
                default -> in.skip();
            }
        });
    }

    private String tool(XmlInput in) throws XMLStreamException {
        String[] parts = new String[3];
        in.children(name -> {
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

    private ComponentDraft component(XmlInput in, InventoryBuilder b) throws XMLStreamException {
        ComponentDraft d = b.newDraft();
        d.bomRef = in.attribute("bom-ref");
        d.type = Text.clean(in.attribute("type"));
        in.children(name -> {
            switch (name) {
                case "supplier" -> d.supplier = organizationName(in);
                case "manufacturer" -> d.manufacturer = organizationName(in);
                case "publisher" -> d.publisher = in.text();
                case "author" -> d.author = firstNonNull(d.author, in.text());
                case "authors" -> in.children(a -> d.author = firstNonNull(d.author,
                        a.equals("author") ? contactName(in) : skipped(in)));
                case "group" -> d.group = in.text();
                case "name" -> d.name = in.text();
                case "version" -> d.version = in.text();
                case "purl" -> d.purl(in.text());
                case "cpe" -> d.cpe(in.text());
                case "hashes" -> in.children(h -> {
                    if (h.equals("hash")) {
                        String alg = in.attribute("alg");
                        d.hash(alg, in.text());
                    } else {
                        in.skip();
                    }
                });
                case "licenses" -> in.children(l -> license(in, l, d));
                case "properties" -> in.children(p -> {
                    if (p.equals("property")) {
                        String n = in.attribute("name");
                        d.property(n, in.text());
                    } else {
                        in.skip();
                    }
                });
                case "components" -> in.children(c -> {
                    if (c.equals("component")) {
                        d.children.add(component(in, b));
                    } else {
                        in.skip();
                    }
                });
                default -> in.skip();
            }
        });
        return d;
    }

    /** {@code <license><id/>|<name/></license>} or {@code <expression/>}. */
    private void license(XmlInput in, String element, ComponentDraft d) throws XMLStreamException {
        switch (element) {
            case "expression" -> d.license(in.text());
            case "license" -> {
                String[] l = new String[2];
                in.children(f -> {
                    switch (f) {
                        case "id" -> l[0] = in.text();
                        case "name" -> l[1] = in.text();
                        default -> in.skip();
                    }
                });
                d.license(l[0] != null ? l[0] : l[1]);
            }
            default -> in.skip();
        }
    }

    private void dependencies(XmlInput in, InventoryBuilder b) throws XMLStreamException {
        in.children(name -> {
            if (!name.equals("dependency")) {
                in.skip();
                return;
            }
            String ref = Text.clean(in.attribute("ref"));
            if (ref != null) {
                b.dependencyNode(ref);
            }
            in.children(inner -> {
                String to = inner.equals("dependency") ? Text.clean(in.attribute("ref")) : null;
                in.skip();
                if (ref != null && to != null) {
                    b.dependency(ref, to);
                }
            });
        });
    }

    private String organizationName(XmlInput in) throws XMLStreamException {
        String[] n = new String[2];
        in.children(name -> {
            switch (name) {
                case "name" -> n[0] = in.text();
                case "url" -> n[1] = firstNonNull(n[1], in.text());
                default -> in.skip();
            }
        });
        return n[0] != null ? n[0] : n[1];
    }

    private String contactName(XmlInput in) throws XMLStreamException {
        String[] n = new String[2];
        in.children(name -> {
            switch (name) {
                case "name" -> n[0] = in.text();
                case "email" -> n[1] = in.text();
                default -> in.skip();
            }
        });
        return n[0] != null ? n[0] : n[1];
    }

    private static String skipped(XmlInput in) throws XMLStreamException {
        in.skip();
        return null;
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
