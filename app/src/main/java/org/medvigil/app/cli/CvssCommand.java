package org.medvigil.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medvigil.core.risk.cvss.Cvss;
import org.medvigil.core.risk.cvss.CvssResult;
import org.medvigil.core.risk.cvss.CvssV2Result;
import org.medvigil.core.risk.cvss.CvssV3Result;
import org.medvigil.core.risk.cvss.CvssV4Result;
import org.medvigil.core.risk.cvss.InvalidCvssVectorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code medvigil cvss VECTOR... | -}: one JSON object per vector, in input order. Invalid
 * vectors give {@code {"vector":…,"error":…}} and exit code 2 once all are written.
 */
@Command(name = "cvss", mixinStandardHelpOptions = true,
        description = {"Score CVSS v2, v3.0, v3.1 and v4.0 vectors exactly; one JSON object per vector.",
                "'-' reads one vector per line from standard input (blank lines skipped)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every vector scored", "2:at least one vector is invalid (its line has \"error\")"})
final class CvssCommand implements Callable<Integer> {
    /** Longest stdin line looked at; longer lines are reported, not read into memory. */
    static final int MAX_LINE = 4096;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "VECTOR", description = "CVSS vectors, or - for standard input")
    List<String> vectors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (vectors.contains("-") && vectors.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'-' must be the only VECTOR argument");
        }
        int total = 0;
        int invalid = 0;
        if (vectors.equals(List.of("-"))) {
            BoundedLineReader lines = new BoundedLineReader(
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), MAX_LINE);
            for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
                String text = line.text().strip();
                if (text.isEmpty() && !line.tooLong()) {
                    continue;
                }
                total++;
                ObjectNode result = line.tooLong()
                        ? error(text.substring(0, Math.min(text.length(), 120)) + "…",
                                "line " + line.number() + " is longer than " + MAX_LINE + " characters")
                        : score(text);
                invalid += result.has("error") ? 1 : 0;
                write(out, result);
            }
        } else {
            for (String vector : vectors) {
                total++;
                ObjectNode result = score(vector);
                invalid += result.has("error") ? 1 : 0;
                write(out, result);
            }
        }
        if (invalid > 0) {
            spec.commandLine().getErr().println("medvigil cvss: " + invalid + " of " + total + " vectors invalid");
            return MedvigilCommand.BAD_INPUT;
        }
        return MedvigilCommand.OK;
    }

    private static void write(PrintWriter out, ObjectNode node) {
        try {
            out.println(JSON.writeValueAsString(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    static ObjectNode score(String vector) {
        CvssResult r;
        try {
            r = Cvss.evaluate(vector);
        } catch (InvalidCvssVectorException e) {
            return error(vector, e.problem());
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("vector", vector);
        n.put("version", r.version());
        n.put("normalizedVector", r.vector());
        if (r instanceof CvssV4Result v4) {
            n.put("score", v4.score());
            n.put("severity", v4.severity().label());
            n.put("nomenclature", v4.nomenclature());
            n.put("macroVector", v4.macroVector());
            ObjectNode supplemental = n.putObject("supplemental");
            for (Map.Entry<String, String> e : v4.supplemental().entrySet()) {
                supplemental.put(e.getKey(), e.getValue());
            }
        } else if (r instanceof CvssV3Result v3) {
            n.put("baseScore", v3.baseScore());
            n.put("baseSeverity", v3.severity().label());
            n.put("temporalScore", v3.temporalScore());
            n.put("environmentalScore", v3.environmentalScore());
            n.put("exploitabilityScore", v3.exploitabilitySubscoreRounded());
        } else if (r instanceof CvssV2Result v2) {
            n.put("baseScore", v2.baseScore());
            n.put("baseSeverity", v2.severity().label());
            putOptional(n, "temporalScore", v2.temporalScore());
            putOptional(n, "environmentalScore", v2.environmentalScore());
            n.put("exploitabilityScore", java.math.BigDecimal.valueOf(v2.exploitabilitySubscore())
                    .setScale(1, java.math.RoundingMode.HALF_UP).doubleValue());
        }
        return n;
    }

    private static void putOptional(ObjectNode n, String field, java.util.OptionalDouble value) {
        if (value.isPresent()) {
            n.put(field, value.getAsDouble());
        } else {
            n.putNull(field);
        }
    }

    private static ObjectNode error(String vector, String problem) {
        ObjectNode n = JSON.createObjectNode();
        n.put("vector", vector);
        n.put("error", problem);
        return n;
    }
}
