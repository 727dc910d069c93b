package org.medvigil.core.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.medvigil.core.InvalidInputException;

/**
 * A product's risk-acceptance criteria (PM-03, PM-07): for every exploitability level and harm
 * severity, whether the risk of patient harm is controlled or uncontrolled, plus the EPSS
 * probability at or above which exploitability is raised one level.
 *
 * <p>Its JSON form is stable (the server stores it per product):
 * <pre>{@code
 * {"format": "medvigil-risk-matrix/1", "name": "…", "epssThreshold": 0.1,
 *  "harm": ["negligible","minor","serious","critical","catastrophic"],
 *  "rows": {"very-high": ["controlled","controlled","uncontrolled","uncontrolled","uncontrolled"], …}}
 * }</pre>
 */
public final class RiskAcceptanceMatrix {
    public static final String FORMAT = "medvigil-risk-matrix/1";
    /** Largest JSON form accepted. */
    public static final int MAX_JSON = 16 * 1024;
    public static final double DEFAULT_EPSS_THRESHOLD = 0.1;
    // Duplicate keys would let a second row silently replace the first.
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final String name;
    private final Map<ExploitabilityLevel, Map<HarmSeverity, RiskStatus>> cells;
    private final double epssThreshold;

    private RiskAcceptanceMatrix(String name, Map<ExploitabilityLevel, Map<HarmSeverity, RiskStatus>> cells,
                                 double epssThreshold) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("a risk-acceptance matrix needs a name");
        }
        if (!(epssThreshold > 0.0 && epssThreshold <= 1.0)) {
            throw new InvalidInputException("EPSS threshold " + epssThreshold + " is not in (0, 1]");
        }
        Map<ExploitabilityLevel, Map<HarmSeverity, RiskStatus>> copy = new EnumMap<>(ExploitabilityLevel.class);
        for (ExploitabilityLevel e : ExploitabilityLevel.values()) {
            Map<HarmSeverity, RiskStatus> row = cells.get(e);
            if (row == null || row.size() != HarmSeverity.values().length || row.containsValue(null)) {
                throw new InvalidInputException("risk-acceptance matrix '" + name + "' has no complete row for exploitability " + e.label());
            }
            copy.put(e, new EnumMap<>(row));
        }
        this.name = name.strip();
        this.cells = copy;
        this.epssThreshold = epssThreshold;
    }

    /**
     * MedVigil's default, shaped on the figure of the FDA postmarket guidance ([PM16] §VI.C,
     * PM-07): uncontrolled where harm is at least serious and exploitability and severity
     * together reach the upper-right half of the figure (exploitability index + severity index
     * ≥ 5, both counted from 0); controlled elsewhere. docs/risk.md gives the reasoning.
     */
    public static RiskAcceptanceMatrix fdaDefault() {
        Map<ExploitabilityLevel, Map<HarmSeverity, RiskStatus>> cells = new EnumMap<>(ExploitabilityLevel.class);
        for (ExploitabilityLevel e : ExploitabilityLevel.values()) {
            Map<HarmSeverity, RiskStatus> row = new EnumMap<>(HarmSeverity.class);
            for (HarmSeverity h : HarmSeverity.values()) {
                boolean uncontrolled = h.compareTo(HarmSeverity.SERIOUS) >= 0 && e.ordinal() + h.ordinal() >= 5;
                row.put(h, uncontrolled ? RiskStatus.UNCONTROLLED : RiskStatus.CONTROLLED);
            }
            cells.put(e, row);
        }
        return new RiskAcceptanceMatrix("MedVigil default", cells, DEFAULT_EPSS_THRESHOLD);
    }

    public String name() {
        return name;
    }

    public double epssThreshold() {
        return epssThreshold;
    }

    public RiskStatus status(ExploitabilityLevel exploitability, HarmSeverity harm) {
        return cells.get(exploitability).get(harm);
    }

    public MatrixCell cell(ExploitabilityLevel exploitability, HarmSeverity harm) {
        return new MatrixCell(exploitability, harm, status(exploitability, harm));
    }

    /** All 25 cells, exploitability from very-low up, harm from negligible up. */
    public List<MatrixCell> cells() {
        List<MatrixCell> all = new ArrayList<>();
        for (ExploitabilityLevel e : ExploitabilityLevel.values()) {
            for (HarmSeverity h : HarmSeverity.values()) {
                all.add(cell(e, h));
            }
        }
        return all;
    }

    /** A copy with one cell changed: how a product tailors the default. */
    public RiskAcceptanceMatrix with(ExploitabilityLevel exploitability, HarmSeverity harm, RiskStatus status) {
        Map<ExploitabilityLevel, Map<HarmSeverity, RiskStatus>> copy = new EnumMap<>(cells);
        Map<HarmSeverity, RiskStatus> row = new EnumMap<>(cells.get(exploitability));
        row.put(harm, Objects.requireNonNull(status));
        copy.put(exploitability, row);
        return new RiskAcceptanceMatrix(name, copy, epssThreshold);
    }

    public RiskAcceptanceMatrix named(String newName) {
        return new RiskAcceptanceMatrix(newName, cells, epssThreshold);
    }

    public RiskAcceptanceMatrix withEpssThreshold(double threshold) {
        return new RiskAcceptanceMatrix(name, cells, threshold);
    }

    /** The stable JSON form. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("name", name);
        root.put("epssThreshold", epssThreshold);
        ArrayNode harm = root.putArray("harm");
        for (HarmSeverity h : HarmSeverity.values()) {
            harm.add(h.label());
        }
        ObjectNode rows = root.putObject("rows");
        for (int i = ExploitabilityLevel.values().length - 1; i >= 0; i--) {
            ExploitabilityLevel e = ExploitabilityLevel.values()[i];
            ArrayNode row = rows.putArray(e.label());
            for (HarmSeverity h : HarmSeverity.values()) {
                row.add(status(e, h).label());
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the JSON form strictly: every field known, every row and column present once. */
    public static RiskAcceptanceMatrix fromJson(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidInputException("risk-acceptance matrix: empty document");
        }
        if (json.length() > MAX_JSON) {
            throw new InvalidInputException("risk-acceptance matrix: document is " + json.length()
                    + " characters long (at most " + MAX_JSON + ")");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("risk-acceptance matrix", "not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + shorten(e.getOriginalMessage().replaceAll("\\s+", " ")), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("risk-acceptance matrix: the document must be a JSON object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("format", "name", "epssThreshold", "harm", "rows").contains(f)) {
                throw new InvalidInputException("risk-acceptance matrix: unknown field '" + f + "'");
            }
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new InvalidInputException("risk-acceptance matrix: \"format\" must be \"" + FORMAT + "\"");
        }
        JsonNode harm = root.path("harm");
        if (!harm.isMissingNode()) {
            List<String> expected = new ArrayList<>();
            for (HarmSeverity h : HarmSeverity.values()) {
                expected.add(h.label());
            }
            List<String> got = new ArrayList<>();
            harm.forEach(n -> got.add(n.asText()));
            if (!harm.isArray() || !got.equals(expected)) {
                throw new InvalidInputException("risk-acceptance matrix: \"harm\" must list " + String.join(", ", expected) + " in this order");
            }
        }
        JsonNode epss = root.path("epssThreshold");
        if (!epss.isMissingNode() && !epss.isNumber()) {
            throw new InvalidInputException("risk-acceptance matrix: \"epssThreshold\" must be a number");
        }
        JsonNode rows = root.path("rows");
        if (!rows.isObject()) {
            throw new InvalidInputException("risk-acceptance matrix: \"rows\" must be an object keyed by exploitability level");
        }
        Map<ExploitabilityLevel, Map<HarmSeverity, RiskStatus>> cells = new EnumMap<>(ExploitabilityLevel.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = rows.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ExploitabilityLevel level = ExploitabilityLevel.parse(e.getKey());
            if (!e.getValue().isArray() || e.getValue().size() != HarmSeverity.values().length) {
                throw new InvalidInputException("risk-acceptance matrix: row '" + e.getKey() + "' must list "
                        + HarmSeverity.values().length + " statuses, one per harm severity");
            }
            Map<HarmSeverity, RiskStatus> row = new EnumMap<>(HarmSeverity.class);
            for (HarmSeverity h : HarmSeverity.values()) {
                row.put(h, RiskStatus.parse(e.getValue().get(h.ordinal()).asText()));
            }
            cells.put(level, row);
        }
        String name = root.path("name").isTextual() ? root.path("name").asText() : null;
        return new RiskAcceptanceMatrix(name, cells,
                epss.isMissingNode() ? DEFAULT_EPSS_THRESHOLD : epss.asDouble());
    }

    private static String shorten(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    /** A plain-text grid, exploitability rows from very-high down, for reports and the CLI. */
    public String toGrid() {
        StringBuilder b = new StringBuilder(String.format("%-12s", ""));
        for (HarmSeverity h : HarmSeverity.values()) {
            b.append(String.format("%-14s", h.label()));
        }
        b.append('\n');
        for (int i = ExploitabilityLevel.values().length - 1; i >= 0; i--) {
            ExploitabilityLevel e = ExploitabilityLevel.values()[i];
            b.append(String.format("%-12s", e.label()));
            for (HarmSeverity h : HarmSeverity.values()) {
                b.append(String.format("%-14s", status(e, h).label()));
            }
            b.append('\n');
        }
        return b.toString().replaceAll(" +\n", "\n");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskAcceptanceMatrix m && name.equals(m.name) && cells.equals(m.cells)
                && Double.compare(epssThreshold, m.epssThreshold) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, cells, epssThreshold);
    }

    @Override
    public String toString() {
        return "RiskAcceptanceMatrix[" + name + "]";
    }
}
