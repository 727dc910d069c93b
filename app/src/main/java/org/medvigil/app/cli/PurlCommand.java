package org.medvigil.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.medvigil.core.purl.InvalidPurlException;
import org.medvigil.core.purl.Purl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code medvigil purl PURL... | -}: parses and normalises each purl and prints one JSON object
 * per input: its canonical form and decoded components, or the reason it is invalid. With
 * {@code -} the purls are read from standard input, one per line (blank lines skipped), and
 * answered as they arrive. Exit code 2 when any input was invalid, else 0.
 */
@Command(name = "purl", mixinStandardHelpOptions = true,
        description = {"Parse, validate and normalise package URLs (ECMA-427 and the purl type definitions).",
                "Prints one JSON object per input: {\"purl\":…,\"canonical\":…,\"type\":…,\"namespace\":…,"
                        + "\"name\":…,\"version\":…,\"qualifiers\":{…},\"subpath\":…} (absent parts omitted)",
                "or {\"purl\":…,\"error\":…}. Exits with 2 when any input is invalid."})
final class PurlCommand implements Callable<Integer> {
    /** Longest stdin line read; longer lines are reported as invalid without being held in memory. */
    static final int MAX_LINE = 64 * 1024;

    @Parameters(arity = "1..*", paramLabel = "PURL", description = "purls to parse; '-' reads one purl per line from standard input")
    List<String> purls;

    @Option(names = "--lenient", description = "repair common mistakes (upper-case qualifier keys, an unencoded npm scope '@', "
            + "slashes after the name) instead of reporting them")
    boolean lenient;

    @Spec
    CommandSpec spec;

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    private final ObjectMapper json = new ObjectMapper();
    private boolean anyInvalid;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        for (String purl : purls) {
            if (purl.equals("-")) {
                readStandardInput(out);
            } else {
                out.print(answer(purl));
                out.print('\n');
            }
        }
        out.flush();
        return anyInvalid ? MedvigilCommand.BAD_INPUT : MedvigilCommand.OK;
    }

    private void readStandardInput(PrintWriter out) throws IOException {
        BoundedLineReader lines = new BoundedLineReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), MAX_LINE);
        BoundedLineReader.Line line;
        while ((line = lines.next()) != null) {
            if (line.text().isBlank()) {
                continue;
            }
            out.print(line.tooLong() ? error(line.text(), "line longer than " + MAX_LINE + " characters") : answer(line.text()));
            out.print('\n');
            if (!lines.ready()) {
                out.flush(); // answer what has arrived before waiting for more
            }
        }
    }

    private String answer(String input) {
        Purl p;
        try {
            p = lenient ? Purl.parseLenient(input) : Purl.parse(input);
        } catch (InvalidPurlException e) {
            return error(input, e.reason());
        }
        ObjectNode o = json.createObjectNode();
        o.put("purl", input);
        o.put("canonical", p.canonical());
        o.put("type", p.type());
        putIfPresent(o, "namespace", p.namespace());
        o.put("name", p.name());
        putIfPresent(o, "version", p.version());
        if (!p.qualifiers().isEmpty()) {
            ObjectNode q = o.putObject("qualifiers");
            for (Map.Entry<String, String> e : p.qualifiers().entrySet()) {
                q.put(e.getKey(), e.getValue());
            }
        }
        putIfPresent(o, "subpath", p.subpath());
        return write(o);
    }

    private String error(String input, String reason) {
        anyInvalid = true;
        ObjectNode o = json.createObjectNode();
        o.put("purl", input);
        o.put("error", LINE_BREAKS.matcher(reason).replaceAll(" "));
        return write(o);
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private String write(ObjectNode o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
