package org.medvigil.core.purl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medvigil.core.purl.PurlType.Part;
import org.medvigil.core.purl.PurlType.Requirement;
import org.medvigil.core.testdata.SharedData;

/**
 * Holds the type table ({@link PurlTypes}) to the purl-spec type definitions it was written
 * from, so a definition that changes upstream shows up as a failing field here.
 */
class PurlTypeDefinitionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<JsonNode> definitions;

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.path("purl-spec/types"))) {
            definitions = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith("-definition.json")).sorted().toList()) {
                definitions.add(JSON.readTree(f.toFile()));
            }
        }
    }

    @Test
    void everyDefinedTypeIsRegisteredAndNothingElse() {
        Set<String> defined = new TreeSet<>();
        definitions.forEach(d -> defined.add(d.path("type").asText()));
        assertThat(new TreeSet<>(PurlTypes.registered().keySet())).isEqualTo(defined);
    }

    @Test
    void namespaceRequirementsMatchTheDefinitions() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode d : definitions) {
            PurlType t = PurlTypes.forType(d.path("type").asText());
            Requirement expected = switch (d.path("namespace_definition").path("requirement").asText("optional")) {
                case "required" -> Requirement.REQUIRED;
                case "prohibited" -> Requirement.PROHIBITED;
                default -> Requirement.OPTIONAL;
            };
            if (t.namespace() != expected) {
                wrong.add(t.name() + ": " + t.namespace() + " but the definition says " + expected);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void caseInsensitiveComponentsAreExactlyTheOnesTheDefinitionsSayAreNotCaseSensitive() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode d : definitions) {
            PurlType t = PurlTypes.forType(d.path("type").asText());
            check(wrong, t, d.path("namespace_definition"), Part.NAMESPACE);
            check(wrong, t, d.path("name_definition"), Part.NAME);
            check(wrong, t, d.path("version_definition"), Part.VERSION);
            check(wrong, t, d.path("subpath_definition"), Part.SUBPATH);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void requiredQualifiersMatchTheDefinitions() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode d : definitions) {
            Set<String> required = new TreeSet<>();
            d.path("qualifiers_definition").forEach(q -> {
                if ("required".equals(q.path("requirement").asText())) {
                    required.add(q.path("key").asText());
                }
            });
            PurlType t = PurlTypes.forType(d.path("type").asText());
            if (!new TreeSet<>(t.requiredQualifiers()).equals(required)) {
                wrong.add(t.name() + ": " + t.requiredQualifiers() + " but the definition says " + required);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyExampleInTheDefinitionsIsAValidPurlAndRoundTrips() {
        List<String> wrong = new ArrayList<>();
        int examples = 0;
        for (JsonNode d : definitions) {
            for (JsonNode e : d.path("examples")) {
                examples++;
                try {
                    Purl p = Purl.parse(e.asText());
                    if (!Purl.parse(p.canonical()).equals(p)) {
                        wrong.add(e.asText() + ": canonical " + p.canonical() + " does not parse back to the same purl");
                    }
                } catch (InvalidPurlException ex) {
                    wrong.add(e.asText() + ": " + ex.reason());
                }
            }
        }
        assertThat(examples).isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    private static void check(List<String> wrong, PurlType t, JsonNode component, Part part) {
        boolean insensitive = component.path("case_sensitive").isBoolean() && !component.path("case_sensitive").asBoolean();
        if (t.isCaseInsensitive(part) != insensitive) {
            wrong.add(t.name() + " " + part + ": lowercased=" + t.isCaseInsensitive(part)
                    + " but case_sensitive=" + component.path("case_sensitive"));
        }
    }
}
