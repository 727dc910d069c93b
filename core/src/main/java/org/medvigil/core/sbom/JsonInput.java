package org.medvigil.core.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medvigil.core.InvalidInputException;

/**
 * A forward-only cursor over a JSON (or YAML) document on Jackson's streaming parser, with the
 * few moves the SBOM readers need. Streaming rather than a tree or data binding keeps reading
 * allocation-light and the cold start short (no databind classes to load). Nesting is bounded by
 * {@link #MAX_DEPTH}, enforced by the parser before any reader recursion could go deep, and every
 * parser failure becomes one {@link InvalidInputException} line naming where it happened.
 */
final class JsonInput implements AutoCloseable {
    /** Real SBOMs nest a dozen levels; 256 leaves room for deep component trees. */
    static final int MAX_DEPTH = 256;

    @FunctionalInterface
    interface FieldVisitor {
        /** Reads the value of field {@code name}; the cursor is on its first token and must end on its last. */
        void field(String name) throws IOException;
    }

    @FunctionalInterface
    interface ElementVisitor {
        /** Reads one array element; the cursor is on its first token and must end on its last. */
        void element() throws IOException;
    }

    @FunctionalInterface
    interface Body<T> {
        T read(JsonInput in) throws IOException;
    }

    private final JsonParser parser;
    private final String source;
    private final String syntax;
    private final boolean yaml;

    private JsonInput(JsonParser parser, String source, String syntax) {
        this.parser = parser;
        this.source = source;
        this.syntax = syntax;
        this.yaml = syntax.equals("YAML");
    }

    /** A JSON factory whose parsers enforce {@link #MAX_DEPTH}. */
    static JsonFactory jsonFactory() {
        return JsonFactory.builder().streamReadConstraints(constraints()).build();
    }

    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
    }

    /**
     * Parses {@code content} with {@code body}, translating every parser failure into an
     * {@link InvalidInputException} for {@code source}.
     */
    static <T> T read(JsonFactory factory, byte[] content, String source, String syntax, Body<T> body) {
        JsonInput in = null;
        try (JsonParser p = factory.createParser(content)) {
            in = new JsonInput(p, source, syntax);
            return body.read(in);
        } catch (IOException e) {
            throw in == null ? new InvalidInputException(source, "cannot read " + syntax + ": " + e.getMessage(), e)
                    : in.translate(e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    String source() {
        return source;
    }

    /** Moves to the root value and requires it to be an object. */
    void rootObject(String what) throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null) {
            throw error("no " + syntax + " content");
        }
        if (t != JsonToken.START_OBJECT) {
            throw error(what + " must be a " + syntax + " object");
        }
    }

    /** After the root value: whatever follows is reported, since real files carry junk after a complete document. */
    String trailingContent() {
        try {
            JsonToken t = parser.nextToken();
            return t == null ? null : "content after the end of the " + syntax + " document at " + where() + " ignored";
        } catch (IOException e) {
            return "content after the end of the " + syntax + " document at " + where() + " ignored";
        }
    }

    JsonToken token() {
        return parser.currentToken();
    }

    /** Visits the fields of the object the cursor is on; null is an absent object. */
    void object(String what, FieldVisitor visitor) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        if (t != JsonToken.START_OBJECT) {
            throw error("'" + what + "' must be an object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            refuseAlias();
            visitor.field(name);
        }
    }

    /** Visits the elements of the array the cursor is on; null is an absent array. */
    void array(String what, ElementVisitor visitor) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        if (t != JsonToken.START_ARRAY) {
            throw error("'" + what + "' must be an array");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            refuseAlias();
            visitor.element();
        }
    }

    /** The scalar the cursor is on as text; null for null, and for an object or array (skipped). */
    String text() throws IOException {
        JsonToken t = parser.currentToken();
        if (t == null || t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t.isStructStart()) {
            parser.skipChildren();
            return null;
        }
        return parser.getText();
    }

    /** A string, or each string of an array of strings (other elements skipped). */
    List<String> texts(String what) throws IOException {
        List<String> out = new ArrayList<>();
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            array(what, () -> {
                String s = text();
                if (s != null) {
                    out.add(s);
                }
            });
        } else {
            String s = text();
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Jackson's streaming YAML parser does not expand aliases: it would hand over the alias name
     * in place of the value ("*v" read as version "v"). Refusing them is the honest choice, and it
     * also rules out alias bombs. Aliases in skipped parts are never looked at.
     */
    private void refuseAlias() throws IOException {
        if (yaml && ((com.fasterxml.jackson.dataformat.yaml.YAMLParser) parser).isCurrentAlias()) {
            throw error("YAML aliases (*" + Text.clean(parser.getValueAsString()) + ") are not supported; write the values out");
        }
    }

    /** Skips the value the cursor is on. */
    void skip() throws IOException {
        parser.skipChildren();
    }

    /**
     * Reads the value the cursor is on as plain Java values: String (every scalar), List, Map.
     * For formats whose elements refer to each other (SPDX 3) and must be kept until all are read.
     */
    Object value() throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> m = new LinkedHashMap<>();
            object("value", name -> m.put(name, value()));
            return m;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> l = new ArrayList<>();
            array("value", () -> l.add(value()));
            return l;
        }
        return text();
    }

    InvalidInputException error(String message) {
        return new InvalidInputException(source, message + " at " + where());
    }

    private String where() {
        JsonLocation l = parser.currentTokenLocation();
        return "line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    private InvalidInputException translate(IOException e) {
        if (e instanceof StreamConstraintsException) {
            return new InvalidInputException(source, syntax + " nested deeper than " + MAX_DEPTH
                    + " levels at " + locationOf(parser.currentTokenLocation()), e);
        }
        if (e instanceof JsonEOFException eof) {
            return new InvalidInputException(source, "malformed " + syntax + " at "
                    + locationOf(eof.getLocation()) + ": unexpected end of input", e);
        }
        if (e instanceof StreamReadException sre) {
            String what = firstLine(sre.getOriginalMessage());
            // Jackson words a truncated document several ways; a user needs to hear one.
            if (what.startsWith("Unexpected end-of-input")) {
                what = "unexpected end of input";
            }
            return new InvalidInputException(source, "malformed " + syntax + " at "
                    + locationOf(sre.getLocation() != null ? sre.getLocation() : parser.currentLocation())
                    + ": " + what, e);
        }
        if (e instanceof CharConversionException) {
            return new InvalidInputException(source, "not valid " + syntax + " text: " + firstLine(e.getMessage()), e);
        }
        return new InvalidInputException(source, "cannot read " + syntax + ": " + firstLine(e.getMessage()), e);
    }

    private static String locationOf(JsonLocation l) {
        return l == null ? "unknown position" : "line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
