package org.medvigil.core.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fast reader for the block-style YAML subset that PyYAML's {@code yaml.dump} writes (the
 * PyPA advisory database): block mappings with plain keys, block and indentless sequences,
 * plain, single- and double-quoted scalars (also over several lines), {@code []} and
 * {@code {}}. Hand-rolled because SnakeYAML costs about 0.2 ms per small record on the
 * CLI's C1-only JVM, which alone would spend most of the scan's two-second budget on 2,661
 * files; this reader takes a tenth of that.
 *
 * <p>It is strict: anything outside the subset (block scalars {@code |} and {@code >}, flow
 * collections, anchors, aliases, tags, comments, directives, several documents, tabs in
 * indentation, YAML 1.1 booleans like {@code yes}, characters YAML does not allow, invalid
 * UTF-8) makes it answer "not mine", and the caller parses the document with SnakeYAML
 * instead. Its trees equal SnakeYAML's (through {@link TextTrees}) on every file of the PyPA
 * database, which a test checks.
 */
final class BlockYaml {
    /** The document leaves the subset; parse it with the full YAML parser. */
    private static final class NotSubset extends Exception {
        NotSubset() {
            super(null, null, false, false);
        }
    }

    private static final NotSubset NOT_SUBSET = new NotSubset();

    private final JsonNodeFactory nodes;
    private final int maxDepth;
    private final List<String> lines;
    private int at;

    private BlockYaml(JsonNodeFactory nodes, int maxDepth, List<String> lines) {
        this.nodes = nodes;
        this.maxDepth = maxDepth;
        this.lines = lines;
    }

    /** The document's tree, or empty when it is not in the subset. */
    static Optional<JsonNode> parse(byte[] content, JsonNodeFactory nodes, int maxDepth) {
        try {
            BlockYaml y = new BlockYaml(nodes, maxDepth, lines(content));
            return Optional.of(y.document());
        } catch (NotSubset e) {
            return Optional.empty();
        }
    }

    /**
     * The lines, decoded one by one from the bytes (ASCII lines without the UTF-8 decoder).
     * CR LF ends a line like LF; a lone CR, a control character or invalid UTF-8 leaves the subset.
     */
    private static List<String> lines(byte[] b) throws NotSubset {
        List<String> out = new ArrayList<>();
        int n = b.length;
        int start = n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        while (start < n) {
            int end = start;
            boolean ascii = true;
            while (end < n && b[end] != '\n') {
                byte c = b[end];
                if (c < 0) {
                    ascii = false;
                } else if (c < 0x20 && c != '\t' && c != '\r' || c == 0x7F) {
                    throw NOT_SUBSET;
                }
                end++;
            }
            int stop = end > start && b[end - 1] == '\r' ? end - 1 : end;
            for (int i = start; i < stop; i++) {
                if (b[i] == '\r') {
                    throw NOT_SUBSET;
                }
            }
            String line = new String(b, start, stop - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            if (!ascii) {
                checkPrintable(line);
            }
            out.add(line);
            start = end + 1;
        }
        return out;
    }

    /** Non-ASCII characters YAML does not allow, and U+FFFD, the decoder's mark for invalid UTF-8. */
    private static void checkPrintable(String line) throws NotSubset {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x80 && (c < 0xA0 || c == 0xFFFD || c == 0xFFFE || c == 0xFFFF)) {
                throw NOT_SUBSET;
            }
        }
    }

    private JsonNode document() throws NotSubset {
        skipBlank();
        if (at >= lines.size()) {
            throw NOT_SUBSET; // an empty document: let the full parser decide what it is
        }
        String first = lines.get(at);
        int indent = indent(first);
        if (indent != 0 || first.startsWith("---") || first.startsWith("%") || first.startsWith("...")) {
            throw NOT_SUBSET;
        }
        JsonNode root = block(0, 1);
        skipBlank();
        if (at < lines.size()) {
            throw NOT_SUBSET;
        }
        return root;
    }

    private JsonNode block(int indent, int depth) throws NotSubset {
        if (depth > maxDepth) {
            throw NOT_SUBSET;
        }
        String content = lines.get(at).substring(indent);
        return isDash(content) ? sequence(indent, depth) : mapping(indent, depth);
    }

    private ObjectNode mapping(int indent, int depth) throws NotSubset {
        ObjectNode map = nodes.objectNode();
        while (true) {
            skipBlank();
            if (at >= lines.size()) {
                return map;
            }
            String line = lines.get(at);
            int ind = indent(line);
            if (ind < indent) {
                return map;
            }
            if (ind > indent) {
                throw NOT_SUBSET;
            }
            String content = line.substring(ind);
            if (isDash(content)) {
                return map; // an indentless sequence belongs to the caller
            }
            int colon = keyEnd(content);
            String key = content.substring(0, colon);
            if (map.has(key)) {
                throw NOT_SUBSET;
            }
            String rest = content.substring(colon + 1).stripLeading();
            int restColumn = line.length() - rest.length();
            JsonNode value;
            if (rest.isEmpty()) {
                at++;
                value = nested(indent, depth, true);
            } else {
                value = inline(rest, restColumn, indent);
            }
            map.set(key, value);
        }
    }

    private ArrayNode sequence(int indent, int depth) throws NotSubset {
        ArrayNode seq = nodes.arrayNode();
        while (true) {
            skipBlank();
            if (at >= lines.size()) {
                return seq;
            }
            String line = lines.get(at);
            int ind = indent(line);
            if (ind < indent) {
                return seq;
            }
            if (ind > indent) {
                throw NOT_SUBSET;
            }
            String content = line.substring(ind);
            if (!isDash(content)) {
                return seq; // the next key of the mapping that holds this indentless sequence
            }
            String rest = content.substring(1).stripLeading();
            int restColumn = line.length() - rest.length();
            if (rest.isEmpty()) {
                at++;
                seq.add(nested(indent, depth, false));
            } else if (isDash(rest)) {
                throw NOT_SUBSET;
            } else if (startsMapping(rest)) {
                // "- key: value": a mapping whose keys sit at the column after the dash.
                lines.set(at, " ".repeat(restColumn) + rest);
                if (depth + 1 > maxDepth) {
                    throw NOT_SUBSET;
                }
                seq.add(mapping(restColumn, depth + 1));
            } else {
                seq.add(inline(rest, restColumn, indent));
            }
        }
    }

    /**
     * The value below "key:" or "-": a deeper block, an indentless sequence (mappings only), or
     * nothing, which Jackson's YAML parser reads as the empty string.
     */
    private JsonNode nested(int indent, int depth, boolean inMapping) throws NotSubset {
        skipBlank();
        if (at >= lines.size()) {
            return nodes.textNode("");
        }
        String line = lines.get(at);
        int ind = indent(line);
        if (ind > indent) {
            return block(ind, depth + 1);
        }
        if (inMapping && ind == indent && isDash(line.substring(ind))) {
            return sequence(indent, depth + 1);
        }
        return nodes.textNode("");
    }

    /** A scalar starting on the current line at {@code column}; continuation lines are deeper than {@code parentIndent}. */
    private JsonNode inline(String rest, int column, int parentIndent) throws NotSubset {
        char c = rest.charAt(0);
        switch (c) {
            case '"':
                return nodes.textNode(quoted(column, parentIndent, true));
            case '\'':
                return nodes.textNode(quoted(column, parentIndent, false));
            case '[', '{':
                if (rest.strip().equals("[]")) {
                    at++;
                    return nodes.arrayNode();
                }
                if (rest.strip().equals("{}")) {
                    at++;
                    return nodes.objectNode();
                }
                throw NOT_SUBSET;
            case '|', '>', '&', '*', '!', '%', '@', '`', '?', '#', ',', ']', '}':
                throw NOT_SUBSET;
            case '-', ':':
                if (rest.length() == 1 || rest.charAt(1) == ' ') {
                    throw NOT_SUBSET;
                }
                return plain(rest, parentIndent);
            default:
                return plain(rest, parentIndent);
        }
    }

    private JsonNode plain(String first, int parentIndent) throws NotSubset {
        StringBuilder b = new StringBuilder(checkPlain(first.stripTrailing()));
        at++;
        int breaks = 0;
        while (at < lines.size()) {
            String line = lines.get(at);
            if (line.isBlank()) {
                breaks++;
                at++;
                continue;
            }
            if (indent(line) <= parentIndent) {
                break;
            }
            String text = line.strip();
            if (text.startsWith("- ") || text.equals("-") || text.startsWith("#")) {
                throw NOT_SUBSET;
            }
            b.append(breaks == 0 ? " " : "\n".repeat(breaks)).append(checkPlain(text));
            breaks = 0;
            at++;
        }
        String s = b.toString();
        return switch (s) {
            case "null", "Null", "NULL", "~" -> nodes.nullNode();
            case "true", "True", "TRUE" -> nodes.booleanNode(true);
            case "false", "False", "FALSE" -> nodes.booleanNode(false);
            case "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF" -> throw NOT_SUBSET;
            default -> nodes.textNode(s);
        };
    }

    /** A plain line must not hold what would end or change the scalar: ": ", " #", a trailing ":", tabs. */
    private static String checkPlain(String text) throws NotSubset {
        if (text.contains(": ") || text.contains(" #") || text.endsWith(":") || text.indexOf('\t') >= 0) {
            throw NOT_SUBSET;
        }
        return text;
    }

    /** A quoted scalar from the quote at {@code column} of the current line, possibly over several lines. */
    private String quoted(int column, int parentIndent, boolean dbl) throws NotSubset {
        char quote = dbl ? '"' : '\'';
        StringBuilder b = new StringBuilder();
        escapedTail = -1;
        String line = lines.get(at);
        int i = column + 1;
        while (true) {
            // Read the rest of this line.
            int lineEnd = line.length();
            while (i < lineEnd) {
                char c = line.charAt(i);
                if (c == quote) {
                    if (!dbl && i + 1 < lineEnd && line.charAt(i + 1) == '\'') {
                        b.append('\'');
                        i += 2;
                        continue;
                    }
                    if (!line.substring(i + 1).isBlank()) {
                        throw NOT_SUBSET;
                    }
                    at++;
                    return b.toString();
                }
                if (dbl && c == '\\') {
                    if (i + 1 == lineEnd) { // escaped line break: join without a space
                        i = lineEnd + 1;
                        break;
                    }
                    i = escape(line, i + 1, b);
                    continue;
                }
                b.append(c);
                i++;
            }
            boolean escapedBreak = i == lineEnd + 1;
            // Fold into the next line(s).
            if (!escapedBreak) {
                trimTrailingBlanks(b, dbl);
            }
            at++;
            int breaks = 0;
            while (at < lines.size() && lines.get(at).isBlank()) {
                breaks++;
                at++;
            }
            if (at >= lines.size()) {
                throw NOT_SUBSET; // unterminated
            }
            line = lines.get(at);
            if (indent(line) <= parentIndent || line.startsWith("---") || line.startsWith("...")) {
                throw NOT_SUBSET;
            }
            if (!escapedBreak) {
                b.append(breaks == 0 ? " " : "\n".repeat(breaks));
            } else if (breaks > 0) {
                b.append("\n".repeat(breaks));
            }
            i = firstNonBlank(line);
        }
    }

    /** Length of the text up to the last escape: escaped blanks before a line break are content, not trimmed. */
    private int escapedTail = -1;

    /** Drops the spaces and tabs written before a line break. */
    private void trimTrailingBlanks(StringBuilder b, boolean dbl) {
        int end = b.length();
        int floor = dbl ? Math.max(escapedTail, 0) : 0;
        while (end > floor && (b.charAt(end - 1) == ' ' || b.charAt(end - 1) == '\t')) {
            end--;
        }
        b.setLength(end);
    }

    private int escape(String line, int i, StringBuilder b) throws NotSubset {
        char e = line.charAt(i);
        int next = i + 1;
        switch (e) {
            case '0' -> b.append('\0');
            case 'a' -> b.append('\u0007');
            case 'b' -> b.append('\b');
            case 't', '\t' -> b.append('\t');
            case 'n' -> b.append('\n');
            case 'v' -> b.append('\u000B');
            case 'f' -> b.append('\f');
            case 'r' -> b.append('\r');
            case 'e' -> b.append('\u001B');
            case ' ' -> b.append(' ');
            case '"' -> b.append('"');
            case '/' -> b.append('/');
            case '\\' -> b.append('\\');
            case 'N' -> b.append('\u0085');
            case '_' -> b.append('\u00A0');
            case 'L' -> b.append('\u2028');
            case 'P' -> b.append('\u2029');
            case 'x' -> next = hex(line, i + 1, 2, b);
            case 'u' -> next = hex(line, i + 1, 4, b);
            case 'U' -> next = hex(line, i + 1, 8, b);
            default -> throw NOT_SUBSET;
        }
        escapedTail = b.length();
        return next;
    }

    private static int hex(String line, int from, int digits, StringBuilder b) throws NotSubset {
        if (from + digits > line.length()) {
            throw NOT_SUBSET;
        }
        try {
            int cp = Integer.parseInt(line.substring(from, from + digits), 16);
            if (!Character.isValidCodePoint(cp)) {
                throw NOT_SUBSET;
            }
            b.appendCodePoint(cp);
        } catch (NumberFormatException e) {
            throw NOT_SUBSET;
        }
        return from + digits;
    }

    /** Where the key of "key: value" / "key:" ends (the colon); keys are plain names. */
    private static int keyEnd(String content) throws NotSubset {
        int n = content.length();
        int i = 0;
        while (i < n) {
            char c = content.charAt(i);
            if (c == ':') {
                break;
            }
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '$')) {
                throw NOT_SUBSET;
            }
            i++;
        }
        if (i == 0 || i == n || i + 1 < n && content.charAt(i + 1) != ' ') {
            throw NOT_SUBSET;
        }
        return i;
    }

    private static boolean startsMapping(String rest) {
        int n = rest.length();
        for (int i = 0; i < n; i++) {
            char c = rest.charAt(i);
            if (c == ':') {
                return i > 0 && (i + 1 == n || rest.charAt(i + 1) == ' ');
            }
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '$')) {
                return false;
            }
        }
        return false;
    }

    private static boolean isDash(String content) {
        return content.equals("-") || content.startsWith("- ");
    }

    private static int indent(String line) throws NotSubset {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i < line.length() && line.charAt(i) == '\t') {
            throw NOT_SUBSET;
        }
        return i;
    }

    private static int firstNonBlank(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private void skipBlank() throws NotSubset {
        while (at < lines.size()) {
            String line = lines.get(at);
            if (!line.isBlank()) {
                if (line.stripLeading().startsWith("#")) {
                    throw NOT_SUBSET;
                }
                return;
            }
            at++;
        }
    }
}
