package org.medvigil.core.sbom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medvigil.core.InvalidInputException;

/**
 * An SPDX 2 document as its readers (JSON, YAML, tag-value) collect it, turned into an
 * {@link Inventory} once everything is read: relationships may come before the packages they
 * name, so they are resolved only at the end.
 *
 * <p>Every package is a component, the described ones included (SPDX lists them with the rest);
 * files and snippets are not components. Only relationships between two packages of this
 * document become dependencies.
 */
final class Spdx2Document {
    private static final Pattern VERSION = Pattern.compile("SPDX-(2\\.(\\d{1,3}))");
    private static final int LATEST_MINOR = 3;

    private final String source;
    String version;
    String name;
    String namespace;
    String created;
    final List<String> creators = new ArrayList<>();
    final List<String> describes = new ArrayList<>();
    private final List<ComponentDraft> packages = new ArrayList<>();
    private final List<String[]> relationships = new ArrayList<>();

    Spdx2Document(String source) {
        this.source = source;
    }

    /** Starts the next package, within the bound on components per document. */
    ComponentDraft newPackage() {
        if (packages.size() >= InventoryBuilder.MAX_COMPONENTS) {
            throw InventoryBuilder.tooManyComponents(source);
        }
        ComponentDraft d = new ComponentDraft();
        packages.add(d);
        return d;
    }

    void relationship(String from, String type, String to) {
        String f = Text.clean(from);
        String t = Text.clean(to);
        String ty = Text.clean(type);
        if (f != null && t != null && ty != null) {
            if (relationships.size() >= InventoryBuilder.MAX_DEPENDENCIES) {
                throw new InvalidInputException(source, "states more than " + InventoryBuilder.MAX_DEPENDENCIES
                        + " relationships, over the limit for one SBOM");
            }
            relationships.add(new String[] {f, ty, t});
        }
    }

    Inventory finish(InventoryBuilder b) {
        String v = checkVersion(b);
        Map<String, Component> byId = new HashMap<>(packages.size() * 2);
        for (ComponentDraft d : packages) {
            String id = Text.clean(d.bomRef);
            Component c = b.freeze(d, null);
            b.list(c);
            if (id != null) {
                byId.putIfAbsent(id, c);
            }
        }
        List<String> described = new ArrayList<>(describes);
        for (String[] r : relationships) {
            String[] edge = SpdxRelationships.dependency(r[1], r[0], r[2]);
            if (edge != null) {
                Component from = byId.get(edge[0]);
                Component to = byId.get(edge[1]);
                if (from != null && to != null) {
                    b.dependency(from.bomRef(), to.bomRef());
                }
            } else {
                String d = SpdxRelationships.described(r[1], r[0], r[2]);
                if (d != null) {
                    described.add(d);
                }
            }
        }
        Component subject = null;
        for (String id : described) {
            subject = byId.get(id);
            if (subject != null) {
                break;
            }
        }
        List<String> authors = new ArrayList<>();
        List<String> tools = new ArrayList<>();
        for (String creator : creators) {
            String who = agentName(creator);
            if (who != null) {
                (creator.strip().startsWith("Tool:") ? tools : authors).add(who);
            }
        }
        DocumentInfo info = new DocumentInfo(Text.clean(namespace), Text.clean(name), b.timestamp(created),
                authors, tools, subject);
        return b.build("SPDX " + v, info);
    }

    private String checkVersion(InventoryBuilder b) {
        String v = Text.clean(version);
        if (v == null) {
            throw new InvalidInputException(b.source(), "SPDX document has no SPDX version (spdxVersion / SPDXVersion)");
        }
        Matcher m = VERSION.matcher(v);
        if (!m.matches()) {
            throw new InvalidInputException(b.source(), "unsupported SPDX version " + Text.quote(v)
                    + " (supported: SPDX-2.0 to SPDX-2." + LATEST_MINOR + ")");
        }
        if (Integer.parseInt(m.group(2)) > LATEST_MINOR) {
            b.warn("SPDX " + m.group(1) + " is newer than the latest version known here (2." + LATEST_MINOR
                    + "); fields added since are ignored");
        }
        return m.group(1);
    }

    /**
     * The name in an SPDX agent ("Organization: ACME Inc. (sbom@acme.example)", "Person: ...",
     * "Tool: ..."), without the kind and the e-mail; null for NOASSERTION.
     */
    static String agentName(String agent) {
        String v = Text.spdxValue(agent);
        if (v == null) {
            return null;
        }
        int colon = v.indexOf(':');
        if (colon > 0) {
            String kind = v.substring(0, colon);
            if (kind.equals("Organization") || kind.equals("Person") || kind.equals("Tool")) {
                v = v.substring(colon + 1).strip();
            }
        }
        if (v.endsWith(")")) {
            int open = v.lastIndexOf('(');
            if (open > 0) {
                v = v.substring(0, open).strip();
            }
        }
        return Text.spdxValue(v);
    }

    /** An external reference of a package: purl and CPE are identities, the rest is ignored. */
    static void externalRef(ComponentDraft d, String type, String locator) {
        String t = Text.clean(type);
        if (t == null) {
            return;
        }
        // 2.2 spells the type "purl"; some tools write the full URI of the reference type.
        String k = t.substring(t.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        switch (k) {
            case "purl" -> d.purl(Text.spdxValue(locator));
            case "cpe22type", "cpe23type" -> d.cpe(Text.spdxValue(locator));
            default -> {
                // other reference types (swh, gitoid, advisories, ...) name no package identity
            }
        }
    }

    /** SPDX 2.3 primaryPackagePurpose (LIBRARY, OPERATING-SYSTEM, ...) in the CycloneDX spelling. */
    static String purpose(String purpose) {
        String p = Text.spdxValue(purpose);
        return p == null ? null : p.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The licence to report: the concluded one when stated, else the declared one. */
    static void licenses(ComponentDraft d, String concluded, String declared) {
        String c = Text.spdxValue(concluded);
        d.license(c != null ? c : Text.spdxValue(declared));
    }
}
