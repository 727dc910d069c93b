package org.medvigil.core.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medvigil.core.testdata.SharedData;
import org.medvigil.core.version.ExactVersions;
import org.medvigil.core.version.UnevaluableRange;
import org.medvigil.core.version.Vers;
import org.medvigil.core.version.VersionRange;
import org.medvigil.core.version.VersionSchemes;

class NativeVersionStatementTest {
    private final NativeVersionStatement statements = new NativeVersionStatement(VersionSchemes.standard());

    /** category + TAB + statement -> expected, from the table resource. */
    private static Map<String, String> table() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (InputStream in = NativeVersionStatementTest.class.getResourceAsStream("/advisory/csaf/version-statements.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.put(f[0] + "\t" + f[1], f[2]);
            }
        }
        return rows;
    }

    private VersionRange convert(String category, String statement) {
        return category.equals("product_version") ? statements.productVersion(statement) : statements.range(statement);
    }

    @Test
    void convertsEveryStatementOfTheTableAsListed() throws IOException {
        Map<String, String> rows = table();
        List<String> wrong = new ArrayList<>();
        rows.forEach((key, expected) -> {
            String[] k = key.split("\t", -1);
            String actual = RangeText.of(convert(k[0], k[1]));
            if (!actual.equals(expected)) {
                wrong.add(k[0] + " \"" + k[1] + "\": expected " + expected + ", got " + actual);
            }
        });
        assertThat(rows).hasSizeGreaterThan(790);
        assertThat(wrong).as("first 20: %s", wrong.stream().limit(20).toList()).isEmpty();
    }

    @Test
    void tableListsEveryVersionStatementOfTheCisaAdvisories() throws IOException {
        Map<String, String> rows = table();
        ObjectMapper json = new ObjectMapper();
        TreeSet<String> missing = new TreeSet<>();
        int seen = 0;
        for (String folder : List.of("cisa-csaf/icsma", "cisa-csaf/icsa_sample", "cisa-csaf/it")) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(SharedData.path(folder))) {
                files = s.filter(p -> p.toString().endsWith(".json")).toList();
            }
            for (Path f : files) {
                for (JsonNode branch : json.readTree(f.toFile()).findParents("category")) {
                    String category = branch.path("category").asText();
                    if (category.equals("product_version") || category.equals("product_version_range")) {
                        seen++;
                        if (!rows.containsKey(category + "\t" + branch.path("name").asText())) {
                            missing.add(category + " \"" + branch.path("name").asText() + "\"");
                        }
                    }
                }
            }
        }
        assertThat(seen).isGreaterThan(2500);
        assertThat(missing).as("statements in the data but not in the table").isEmpty();
    }

    @Test
    void readsCisaVersAllWithConstraintsAsAGenericRange() {
        VersionRange r = statements.range("vers:all/>=V11.5.1|<V11.6.2");
        assertThat(r).isInstanceOf(Vers.class);
        Vers v = (Vers) r;
        assertThat(v.scheme()).isEqualTo("generic");
        assertThat(v.constraints()).containsExactly(new Vers.Constraint(Vers.Comparator.GE, "11.5.1"),
                new Vers.Constraint(Vers.Comparator.LT, "11.6.2"));
    }

    @Test
    void keepsTheWordingOfStatementsItCannotEvaluate() {
        VersionRange r = statements.range("distributed  < april 1, 2018");
        assertThat(r).isInstanceOf(UnevaluableRange.class);
        assertThat(((UnevaluableRange) r).text()).isEqualTo("distributed  < april 1, 2018");
        assertThat(r.describe()).contains("april 1, 2018").contains("a date");
    }

    @Test
    void aSingleProductVersionIsThatExactVersion() {
        VersionRange r = statements.productVersion("1.4.2.0-9d9eff4");
        assertThat(r).isInstanceOf(ExactVersions.class);
        assertThat(((ExactVersions) r).versions()).containsExactly("1.4.2.0-9d9eff4");
    }
}
