package org.medvigil.core.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medvigil.core.testdata.SharedData;

class BlockYamlTest {
    private final TextTrees trees = new TextTrees(64 << 20);

    private static Optional<JsonNode> fast(String yaml) {
        return BlockYaml.parse(yaml.getBytes(StandardCharsets.UTF_8), JsonNodeFactory.instance, 100);
    }

    private JsonNode full(String yaml) {
        return trees.fullYaml(yaml.getBytes(StandardCharsets.UTF_8), "test");
    }

    @Test
    void readsEveryPypaRecordExactlyAsSnakeYamlDoes() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(SharedData.path("osv/pypa-advisory-database"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<String> differences = new ArrayList<>();
        int fallbacks = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            Optional<JsonNode> fast = BlockYaml.parse(bytes, JsonNodeFactory.instance, 100);
            if (fast.isEmpty()) {
                fallbacks++;
                continue;
            }
            JsonNode full = trees.fullYaml(bytes, f.toString());
            if (!fast.get().equals(full)) {
                differences.add(f.getFileName().toString());
            }
        }
        System.out.printf("BlockYaml: %d PyPA files, %d through SnakeYAML (outside the subset)%n", files.size(), fallbacks);
        assertThat(files).hasSize(2661);
        assertThat(differences).as("files whose fast tree differs from SnakeYAML's (first 20): %s",
                differences.stream().limit(20).toList()).isEmpty();
        assertThat(fallbacks).as("most records are in the subset").isLessThan(200);
    }

    @Test
    void keepsUnquotedVersionsAsWritten() {
        JsonNode n = fast("versions:\n- 1.10\n- 1.0\n- 0.1e3\n").orElseThrow();
        assertThat(n.get("versions").get(0).asText()).isEqualTo("1.10");
        assertThat(n.get("versions").get(2).asText()).isEqualTo("0.1e3");
        assertThat(n).isEqualTo(full("versions:\n- 1.10\n- 1.0\n- 0.1e3\n"));
    }

    @Test
    void foldsMultiLineScalarsLikeYaml() {
        String yaml = "a: first\n  second\n\n  third\nb: 'it''s\n  folded'\nc: \"esc\\tx \\\n  joined\\u00e9\"\n"
                + "d:\n  - x: 1\n    y: ''\n  -\ne: []\nf: {}\ng: ~\nh: true\ni:\nj: 0x1F\n";
        assertThat(fast(yaml)).contains(full(yaml));
    }

    @Test
    void leavesEverythingOutsideTheSubsetToSnakeYaml() {
        for (String yaml : List.of("a: |\n  block\n", "a: [1, 2]\n", "a: &x 1\nb: *x\n", "# comment\na: 1\n",
                "---\na: 1\n", "a: yes\n", "a: 1 # note\n", "\"a\": 1\n", "a:\n\t- 1\n", "a: 'open\n", "a: b: c\n",
                "a: - x\n", "a: x\n  b: y\n", "", "plain\n")) {
            assertThat(fast(yaml)).as(yaml).isEmpty();
        }
    }
}
