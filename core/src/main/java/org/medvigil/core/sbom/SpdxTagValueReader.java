package org.medvigil.core.sbom;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.medvigil.core.InvalidInputException;

/**
 * SPDX 2.x tag-value ({@code Tag: value} lines, {@code <text>...</text>} for multi-line values).
 * A small hand-written parser: java-spdx-library's tag-value store is not on our class path, and
 * the format is a line grammar. Fields belong to the section opened by the last
 * {@code PackageName}, {@code FileName}, {@code SnippetSPDXID} or {@code LicenseID}; only packages
 * become components.
 */
final class SpdxTagValueReader implements SbomReader {
    private static final Pattern SPDX_VERSION = Pattern.compile("(?m)^\\s*SPDXVersion\\s*:");

    private enum Section { DOCUMENT, PACKAGE, OTHER }

    @Override
    public String name() {
        return "SPDX 2 tag-value";
    }

    @Override
    public boolean recognizes(DocumentHead head) {
        return !head.startsWith('{') && !head.startsWith('<') && head.contains("SPDXVersion")
                && SPDX_VERSION.matcher(head.text()).find();
    }

    @Override
    public Inventory read(byte[] content, String source) {
        String text = new String(content, StandardCharsets.UTF_8);
        Spdx2Document doc = new Spdx2Document(source);
        State s = new State();
        int pos = 0;
        int lineNo = 0;
        int length = text.length();
        while (pos < length) {
            int end = lineEnd(text, pos);
            lineNo++;
            String line = text.substring(pos, end);
            pos = next(text, end);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.charAt(0) == '#') {
                continue;
            }
            int colon = tagEnd(trimmed);
            if (colon < 0) {
                throw new InvalidInputException(source, "malformed SPDX tag-value at line " + lineNo
                        + ": expected 'Tag: value', found " + Text.quote(trimmed));
            }
            String tag = trimmed.substring(0, colon);
            String value = trimmed.substring(colon + 1).strip();
            if (value.startsWith("<text>")) {
                int close = value.indexOf("</text>");
                if (close >= 0) {
                    value = value.substring("<text>".length(), close);
                } else {
                    // A multi-line value runs to the line holding </text>.
                    int closeAt = text.indexOf("</text>", pos);
                    if (closeAt < 0) {
                        throw new InvalidInputException(source, "malformed SPDX tag-value at line " + lineNo
                                + ": <text> is never closed by </text>");
                    }
                    value = value.substring("<text>".length()) + "\n" + text.substring(pos, closeAt);
                    lineNo += countLines(text, pos, closeAt);
                    pos = next(text, lineEnd(text, closeAt));
                }
                value = value.strip();
            }
            field(doc, s, tag, value);
        }
        s.endPackage();
        return doc.finish(new InventoryBuilder(source));
    }

    /** Where the tag of a line ends (its colon), or -1 when the line is not "Tag: value". */
    private static int tagEnd(String line) {
        if (!Character.isLetter(line.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    /** Where the line starting at {@code from} ends: at LF, CR (old Mac files exist in the wild) or the end. */
    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** The start of the line after the one ending at {@code end} (CRLF is one line end). */
    private static int next(String text, int end) {
        if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }

    /**
     * The first {@code max} whitespace-separated words, the last taking the rest of the line; fewer
     * when the line has fewer. By hand: a regex split per relationship line dominated the profile.
     */
    static String[] words(String line, int max) {
        String[] out = new String[max];
        int n = 0;
        int i = 0;
        int len = line.length();
        while (n < max) {
            while (i < len && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i == len) {
                break;
            }
            int start = i;
            if (n == max - 1) {
                out[n++] = line.substring(start).strip();
                break;
            }
            while (i < len && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            out[n++] = line.substring(start, i);
        }
        return n == max ? out : java.util.Arrays.copyOf(out, n);
    }

    private static int countLines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    /** Where the parser is: which section, and the package being read. */
    private static final class State {
        Section section = Section.DOCUMENT;
        ComponentDraft pkg;
        String concluded;
        String declared;

        void endPackage() {
            if (pkg != null) {
                Spdx2Document.licenses(pkg, concluded, declared);
                pkg = null;
                concluded = null;
                declared = null;
            }
        }
    }

    private static void field(Spdx2Document doc, State s, String tag, String value) {
        switch (tag) {
            case "SPDXVersion" -> doc.version = value;
            case "DocumentName" -> doc.name = value;
            case "DocumentNamespace" -> doc.namespace = value;
            case "Creator" -> doc.creators.add(value);
            case "Created" -> doc.created = value;
            case "Relationship" -> relationship(doc, value);
            case "PackageName" -> {
                s.endPackage();
                s.section = Section.PACKAGE;
                s.pkg = doc.newPackage();
                s.pkg.name = Text.clean(value);
            }
            case "FileName", "SnippetSPDXID", "LicenseID" -> {
                s.endPackage();
                s.section = Section.OTHER;
            }
            default -> {
                if (s.section == Section.PACKAGE) {
                    packageField(s, tag, value);
                }
            }
        }
    }

    private static void packageField(State s, String tag, String value) {
        ComponentDraft d = s.pkg;
        switch (tag) {
            case "SPDXID" -> d.bomRef = value;
            case "PackageVersion" -> d.version = Text.spdxValue(value);
            case "PackageSupplier" -> d.supplier = Spdx2Document.agentName(value);
            case "PackageOriginator" -> d.manufacturer = Spdx2Document.agentName(value);
            case "PrimaryPackagePurpose" -> d.type = Spdx2Document.purpose(value);
            case "PackageChecksum" -> {
                int colon = value.indexOf(':');
                if (colon > 0) {
                    d.hash(value.substring(0, colon), value.substring(colon + 1));
                }
            }
            case "ExternalRef" -> {
                String[] parts = words(value, 3);
                if (parts.length == 3) {
                    Spdx2Document.externalRef(d, parts[1], parts[2]);
                }
            }
            case "PackageLicenseConcluded" -> s.concluded = value;
            case "PackageLicenseDeclared" -> s.declared = value;
            case "ValidUntilDate" -> d.endOfSupport = Text.clean(value);
            default -> {
                // other package fields are not part of an inventory
            }
        }
    }

    private static void relationship(Spdx2Document doc, String value) {
        String[] parts = words(value, 4);
        if (parts.length >= 3) {
            doc.relationship(parts[0], parts[1], parts[2]);
        }
    }
}
