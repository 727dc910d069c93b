package org.medvigil.core.sbom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.medvigil.core.InvalidInputException;

/**
 * The elements of an SPDX 3 document, resolved into an {@link Inventory}: every
 * {@code software_Package} (and its AI and dataset subclasses) is a component; suppliers,
 * originators and creators are Agent elements named by id; licences, dependencies and the
 * described subject come from Relationship elements.
 */
final class Spdx3Graph {
    private static final Set<String> PACKAGE_TYPES = Set.of("software_Package", "ai_AIPackage", "dataset_DatasetPackage");
    /** Lifecycle scopes whose dependencies do not ship in the product. */
    private static final Set<String> UNSHIPPED_SCOPES = Set.of("build", "development", "test");

    private final List<Map<String, Object>> elements;
    private final InventoryBuilder b;
    private final Map<String, Map<String, Object>> byId = new HashMap<>();

    Spdx3Graph(List<Map<String, Object>> elements, InventoryBuilder b) {
        this.elements = elements;
        this.b = b;
        for (Map<String, Object> e : elements) {
            String id = id(e);
            if (id != null) {
                byId.putIfAbsent(id, e);
            }
        }
    }

    Inventory inventory(String contextVersion) {
        List<ComponentDraft> drafts = new ArrayList<>();
        Map<String, ComponentDraft> packages = new HashMap<>();
        Map<String, Object> document = null;
        List<String> roots = new ArrayList<>();
        for (Map<String, Object> e : elements) {
            String type = type(e);
            if (PACKAGE_TYPES.contains(type)) {
                ComponentDraft d = pkg(e, type);
                drafts.add(d);
                if (d.bomRef != null) {
                    packages.putIfAbsent(d.bomRef, d);
                }
            } else if (type.equals("SpdxDocument") && document == null) {
                document = e;
            } else if (type.equals("software_Sbom")) {
                roots.addAll(strings(e.get("rootElement")));
            }
        }
        if (document != null) {
            roots.addAll(strings(document.get("rootElement")));
        }
        Map<String, String[]> licences = new HashMap<>();
        List<String[]> edges = new ArrayList<>();
        for (Map<String, Object> e : elements) {
            String type = type(e);
            if (type.equals("Relationship") || type.equals("LifecycleScopedRelationship")) {
                relationship(e, packages, licences, edges, roots);
            }
        }
        Map<String, Component> components = new HashMap<>();
        for (ComponentDraft d : drafts) {
            String[] l = d.bomRef == null ? null : licences.get(d.bomRef);
            if (l != null) {
                d.license(l[0] != null ? l[0] : l[1]);
            }
            Component c = b.freeze(d, null);
            b.list(c);
            if (d.bomRef != null) {
                components.putIfAbsent(d.bomRef, c);
            }
        }
        for (String[] edge : edges) {
            b.dependency(components.get(edge[0]).bomRef(), components.get(edge[1]).bomRef());
        }
        Component subject = null;
        for (String root : roots) {
            subject = components.get(root);
            if (subject != null) {
                break;
            }
        }
        return b.build("SPDX " + version(document, contextVersion), documentInfo(document, subject));
    }

    private ComponentDraft pkg(Map<String, Object> e, String type) {
        ComponentDraft d = new ComponentDraft();
        d.bomRef = id(e);
        d.name = Text.clean(string(e.get("name")));
        d.version = Text.spdxValue(string(e.get("software_packageVersion")));
        d.type = purpose(string(e.get("software_primaryPurpose")), type);
        d.supplier = agentName(e.get("suppliedBy"));
        List<Object> originators = list(e.get("originatedBy"));
        d.manufacturer = originators.isEmpty() ? null : agentName(originators.get(0));
        d.purl(string(e.get("software_packageUrl")));
        for (Object o : list(e.get("externalIdentifier"))) {
            if (o instanceof Map<?, ?> x) {
                String kind = vocab(string(x.get("externalIdentifierType")));
                String identifier = string(x.get("identifier"));
                switch (kind) {
                    case "packageUrl" -> d.purl(identifier);
                    case "cpe22", "cpe23" -> d.cpe(identifier);
                    default -> {
                        // other identifiers (swhid, gitoid, ...) are not package identities
                    }
                }
            }
        }
        for (Object o : list(e.get("verifiedUsing"))) {
            if (o instanceof Map<?, ?> h && "Hash".equals(vocab(string(h.get("type"))))) {
                d.hash(vocab(string(h.get("algorithm"))), string(h.get("hashValue")));
            }
        }
        List<String> levels = new ArrayList<>();
        for (String s : strings(e.get("supportLevel"))) {
            levels.add(vocab(s));
        }
        d.supportLevel = levels.isEmpty() ? null : String.join(", ", levels);
        d.endOfSupport = Text.clean(string(e.get("validUntilTime")));
        return d;
    }

    private void relationship(Map<String, Object> e, Map<String, ComponentDraft> packages,
                              Map<String, String[]> licences, List<String[]> edges, List<String> roots) {
        String from = string(e.get("from"));
        String type = vocab(string(e.get("relationshipType")));
        if (from == null || type.isEmpty()) {
            return;
        }
        boolean unshipped = UNSHIPPED_SCOPES.contains(vocab(string(e.get("scope"))));
        for (String to : strings(e.get("to"))) {
            switch (type) {
                case "hasConcludedLicense", "hasDeclaredLicense" -> {
                    if (packages.containsKey(from)) {
                        String[] l = licences.computeIfAbsent(from, k -> new String[2]);
                        int slot = type.equals("hasConcludedLicense") ? 0 : 1;
                        if (l[slot] == null) {
                            l[slot] = licenceText(to);
                        }
                    }
                }
                default -> {
                    String[] edge = SpdxRelationships.dependency(type, from, to);
                    if (edge != null) {
                        if (!unshipped && packages.containsKey(edge[0]) && packages.containsKey(edge[1])) {
                            edges.add(edge);
                        }
                    } else {
                        String described = SpdxRelationships.described(type, from, to);
                        if (described != null) {
                            roots.add(described);
                        }
                    }
                }
            }
        }
    }

    /** A licence element as text: its expression, else its listed-licence id, else its name. */
    private String licenceText(String id) {
        Map<String, Object> l = byId.get(id);
        if (l == null) {
            // Listed licences may be referred to by their IRI without an element in the graph.
            return id.contains("spdx.org/licenses/") ? id.substring(id.lastIndexOf('/') + 1) : null;
        }
        String expression = Text.clean(string(l.get("simplelicensing_licenseExpression")));
        if (expression != null) {
            return expression;
        }
        String lid = id(l);
        if (lid != null && lid.contains("spdx.org/licenses/")) {
            return lid.substring(lid.lastIndexOf('/') + 1);
        }
        return Text.clean(string(l.get("name")));
    }

    private DocumentInfo documentInfo(Map<String, Object> document, Component subject) {
        Map<String, Object> creation = creationInfo(document);
        List<String> authors = new ArrayList<>();
        List<String> tools = new ArrayList<>();
        String created = null;
        if (creation != null) {
            created = string(creation.get("created"));
            for (Object a : list(creation.get("createdBy"))) {
                add(authors, agentName(a));
            }
            for (Object t : list(creation.get("createdUsing"))) {
                add(tools, agentName(t));
            }
        }
        return new DocumentInfo(document == null ? null : id(document),
                document == null ? null : Text.clean(string(document.get("name"))),
                b.timestamp(created), authors, tools, subject);
    }

    private Map<String, Object> creationInfo(Map<String, Object> document) {
        Object ci = document == null ? null : document.get("creationInfo");
        if (ci instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> embedded = (Map<String, Object>) m;
            return embedded;
        }
        if (ci instanceof String ref && byId.containsKey(ref)) {
            return byId.get(ref);
        }
        for (Map<String, Object> e : elements) {
            if (type(e).equals("CreationInfo")) {
                return e;
            }
        }
        return null;
    }

    private String version(Map<String, Object> document, String contextVersion) {
        Map<String, Object> creation = creationInfo(document);
        String v = creation == null ? null : Text.clean(string(creation.get("specVersion")));
        if (v == null) {
            v = contextVersion;
        }
        if (v == null) {
            throw new InvalidInputException(b.source(), "SPDX 3 document states no specVersion");
        }
        if (!v.startsWith("3.")) {
            throw new InvalidInputException(b.source(), "unsupported SPDX version " + Text.quote(v)
                    + " in a JSON-LD document (supported: 3.0)");
        }
        if (!v.equals("3.0") && !v.startsWith("3.0.")) {
            b.warn("SPDX " + v + " is newer than the latest version known here (3.0); fields added since are ignored");
        }
        return v;
    }

    private String agentName(Object agent) {
        if (agent instanceof Map<?, ?> m) {
            return Text.clean(string(m.get("name")));
        }
        String ref = string(agent);
        Map<String, Object> e = ref == null ? null : byId.get(ref);
        return e == null ? null : Text.clean(string(e.get("name")));
    }

    /** software_primaryPurpose (camelCase) in the CycloneDX spelling; AI and dataset packages by their kind. */
    private static String purpose(String purpose, String type) {
        String p = Text.clean(purpose);
        if (p == null) {
            return switch (type) {
                case "ai_AIPackage" -> "machine-learning-model";
                case "dataset_DatasetPackage" -> "data";
                default -> null;
            };
        }
        p = vocab(p);
        StringBuilder s = new StringBuilder(p.length() + 4);
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Character.isUpperCase(c)) {
                s.append('-').append(Character.toLowerCase(c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static String id(Map<?, ?> e) {
        String id = string(e.get("spdxId"));
        return Text.clean(id != null ? id : string(e.get("@id")));
    }

    /** The element type in compact form ("software_Package"), also from a full term IRI. */
    private static String type(Map<String, Object> e) {
        String t = string(e.get("type"));
        if (t == null) {
            t = string(e.get("@type"));
        }
        if (t == null) {
            return "";
        }
        int terms = t.indexOf("/terms/");
        if (terms < 0) {
            return t;
        }
        String[] parts = t.substring(terms + "/terms/".length()).split("/");
        if (parts.length != 2) {
            return t;
        }
        return parts[0].equals("Core") ? parts[1] : parts[0].toLowerCase(Locale.ROOT) + "_" + parts[1];
    }

    /** A vocabulary value, also from its full IRI (".../HashAlgorithm/sha256" is "sha256"). */
    private static String vocab(String v) {
        if (v == null) {
            return "";
        }
        return v.substring(v.lastIndexOf('/') + 1);
    }

    private static String string(Object o) {
        return o instanceof String s ? s : null;
    }

    private static List<Object> list(Object o) {
        if (o instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        return o == null ? List.of() : List.of(o);
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        for (Object x : list(o)) {
            String s = string(x);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static void add(List<String> list, String s) {
        if (s != null) {
            list.add(s);
        }
    }
}
