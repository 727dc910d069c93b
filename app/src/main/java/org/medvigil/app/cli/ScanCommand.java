package org.medvigil.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.advisory.AdvisoryLoad;
import org.medvigil.core.advisory.AdvisoryReaders;
import org.medvigil.core.match.AdvisoryIndex;
import org.medvigil.core.match.Matcher;
import org.medvigil.core.report.Rating;
import org.medvigil.core.report.ReportWriter;
import org.medvigil.core.report.ReportWriters;
import org.medvigil.core.report.ScanReport;
import org.medvigil.core.report.ScannedSbom;
import org.medvigil.core.sbom.SbomReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code medvigil scan}: SBOMs against advisories, findings out. An SBOM that cannot be read
 * stops the scan (exit 2): a device's inventory must never be silently skipped. An advisory
 * file that cannot be read is reported and the rest are used.
 */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Scan SBOMs against advisories and report findings, most severe first.",
        footer = {"", "Exit codes: 0 ok, 1 findings at or above --fail-on, 2 bad usage or input, 3 internal error."})
final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sbom", arity = "1..*", required = true, paramLabel = "FILE",
            description = "SBOM files: CycloneDX (JSON/XML) or SPDX (JSON/tag-value); the format is detected.")
    List<Path> sboms;

    @Option(names = "--advisories", arity = "1..*", required = true, paramLabel = "PATH",
            description = "Advisory files or folders: OSV JSON/YAML, OSV zip, NVD CVE 2.0 JSON, CSAF 2.0.")
    List<Path> advisories;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json, sarif or cyclonedx (a CycloneDX 1.6 VDR). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", defaultValue = "none", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at or above SEVERITY: none, low, medium, high, critical. "
                    + "Default: ${DEFAULT-VALUE}. Findings nobody rated count as low.")
    String failOn;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ReportWriter writer = ReportWriters.standard().forFormat(format).orElseThrow(() -> new InvalidInputException(
                "--format", "unknown format '" + format + "'; use one of " + ReportWriters.standard().formats()));
        Rating threshold = threshold(failOn);
        for (Path p : advisories) {
            if (!Files.exists(p)) {
                throw new InvalidInputException(p.toString(), "no such file or folder");
            }
        }
        // SBOMs are read while the advisories load: on two cores that hides most of the SBOM time.
        CompletableFuture<List<ScannedSbom>> inventories = CompletableFuture.supplyAsync(this::readSboms);
        AdvisoryLoad load = AdvisoryReaders.standard().load(advisories);
        List<ScannedSbom> scanned;
        try {
            scanned = inventories.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        List<String> problems = new ArrayList<>();
        load.problems().forEach(p -> problems.add(p.oneLine()));
        for (ScannedSbom s : scanned) {
            s.inventory().warnings().forEach(w -> err.println("medvigil: warning: " + s.file() + ": " + w));
        }
        problems.forEach(p -> err.println("medvigil: warning: " + p));
        if (load.advisories().isEmpty() && !problems.isEmpty()) {
            throw new InvalidInputException("--advisories", "no advisory could be read (" + problems.size() + " problems above)");
        }
        AdvisoryIndex index = AdvisoryIndex.of(load.advisories());
        ScanReport report = ScanReport.create(MedvigilVersion.current(), scanned, new Matcher(index), index.size(), problems);
        write(writer, report);
        return report.fails(threshold) ? MedvigilCommand.FINDINGS : MedvigilCommand.OK;
    }

    private List<ScannedSbom> readSboms() {
        SbomReaders readers = SbomReaders.standard();
        List<ScannedSbom> out = new ArrayList<>(sboms.size());
        for (Path p : sboms) {
            out.add(new ScannedSbom(p.toString(), readers.read(p)));
        }
        return out;
    }

    /** Writes to a temporary file beside the target and moves it into place: never a half-written report. */
    private void write(ReportWriter writer, ScanReport report) throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            writer.write(report, out);
            out.flush();
            return;
        }
        Path target = output.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new InvalidInputException(output.toString(), "folder does not exist");
        }
        // Not Files.createTempFile: that makes the file owner-only, and the report would keep it.
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                writer.write(report, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Rating threshold(String failOn) {
        return switch (failOn.toLowerCase(Locale.ROOT)) {
            case "none" -> Rating.NONE;
            case "low" -> Rating.LOW;
            case "medium" -> Rating.MEDIUM;
            case "high" -> Rating.HIGH;
            case "critical" -> Rating.CRITICAL;
            default -> throw new InvalidInputException("--fail-on",
                    "unknown severity '" + failOn + "'; use none, low, medium, high or critical");
        };
    }
}
