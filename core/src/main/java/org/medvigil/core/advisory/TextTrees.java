package org.medvigil.core.advisory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import org.medvigil.core.InvalidInputException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses JSON and YAML advisory documents into Jackson trees whose scalars keep the text as
 * written. Plain data binding or {@code readTree} would turn the YAML scalar {@code 1.10} into
 * the number 1.1 and lose the version; building the tree from parser tokens keeps "1.10".
 * One instance is shared by all readers (the factories are thread-safe), so no reader creates
 * an ObjectMapper per file. Nesting depth and string length are capped.
 */
final class TextTrees {
    static final int MAX_DEPTH = 100;
    private static final int MAX_STRING = 16 * 1024 * 1024;

    private final JsonFactory json;
    private final YAMLFactory yaml;
    private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(false);

    TextTrees(long maxDocumentBytes) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING)
                .maxNumberLength(200)
                .build();
        // The caller owns the streams it hands over (a zip entry must stay open for the next one).
        this.json = JsonFactory.builder().streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxDocumentBytes));
        this.yaml = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
    }

    /** The whole JSON document as a tree. */
    JsonNode json(byte[] content, String location) {
        try (JsonParser p = json.createParser(content)) {
            return document(p, location);
        } catch (IOException | InvalidInputException e) {
            throw malformed("JSON", location, e);
        }
    }

    /** The whole YAML document as a tree: the fast {@link BlockYaml} subset reader, else SnakeYAML. */
    JsonNode yaml(byte[] content, String location) {
        return BlockYaml.parse(content, nodes, MAX_DEPTH).orElseGet(() -> fullYaml(content, location));
    }

    /** The whole YAML document as a tree, always through SnakeYAML. */
    JsonNode fullYaml(byte[] content, String location) {
        try (JsonParser p = yaml.createParser(content)) {
            return document(p, location);
        } catch (IOException | RuntimeException e) {
            throw malformed("YAML", location, e);
        }
    }

    /** A streaming JSON parser over {@code in}, for readers that walk big documents element by element. */
    JsonParser jsonParser(InputStream in) throws IOException {
        return json.createParser(in);
    }

    private JsonNode document(JsonParser p, String location) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new InvalidInputException(location, "empty document");
        }
        JsonNode root = value(p, first, 0);
        if (p.nextToken() != null) {
            throw new InvalidInputException(location, "content after the end of the document at " + where(p));
        }
        return root;
    }

    /** Reads the value starting at the current token (already consumed as {@code t}). */
    JsonNode value(JsonParser p, JsonToken t, int depth) throws IOException {
        return switch (t) {
            case START_OBJECT -> object(p, depth + 1);
            case START_ARRAY -> array(p, depth + 1);
            case VALUE_NULL -> nodes.nullNode();
            case VALUE_TRUE, VALUE_FALSE -> nodes.booleanNode(t == JsonToken.VALUE_TRUE);
            default -> nodes.textNode(p.getText());
        };
    }

    private ObjectNode object(JsonParser p, int depth) throws IOException {
        checkDepth(p, depth);
        ObjectNode o = nodes.objectNode();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            o.set(name, value(p, p.nextToken(), depth));
        }
        if (t != JsonToken.END_OBJECT) {
            throw new JsonParseFailure("unexpected " + t + " at " + where(p));
        }
        return o;
    }

    private ArrayNode array(JsonParser p, int depth) throws IOException {
        checkDepth(p, depth);
        ArrayNode a = nodes.arrayNode();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new JsonParseFailure("unexpected end of input at " + where(p));
            }
            a.add(value(p, t, depth));
        }
        return a;
    }

    private static void checkDepth(JsonParser p, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException(null, "nested deeper than " + MAX_DEPTH + " levels at " + where(p));
        }
    }

    static String where(JsonParser p) {
        var loc = p.currentLocation();
        return loc.getLineNr() > 0 ? "line " + loc.getLineNr() + ", column " + loc.getColumnNr()
                : "byte " + loc.getByteOffset();
    }

    /** A one-line message for a parse failure: Jackson's message up to its first line break, plus where. */
    static InvalidInputException malformed(String format, String location, Exception e) {
        if (e instanceof InvalidInputException iie) {
            return iie.location() != null || location == null ? iie : new InvalidInputException(location, iie.getMessage(), iie);
        }
        if (e instanceof BoundedReads.TooLarge) {
            return new InvalidInputException(location, e.getMessage(), e);
        }
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        int nl = message.indexOf('\n');
        if (nl >= 0) {
            message = message.substring(0, nl);
        }
        if (message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        String at = "";
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null && jpe.getLocation().getLineNr() > 0) {
            at = " (line " + jpe.getLocation().getLineNr() + ", column " + jpe.getLocation().getColumnNr() + ")";
        }
        return new InvalidInputException(location, "malformed " + format + ": " + message.strip() + at, e);
    }

    /** Structural surprises while building a tree, reported like Jackson's own parse errors. */
    static final class JsonParseFailure extends IOException {
        JsonParseFailure(String message) {
            super(message);
        }
    }
}
