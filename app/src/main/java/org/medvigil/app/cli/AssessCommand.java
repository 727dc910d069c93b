package org.medvigil.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.risk.AnalystOverride;
import org.medvigil.core.risk.ExploitabilityAssessment;
import org.medvigil.core.risk.HarmAssessment;
import org.medvigil.core.risk.HarmSeverity;
import org.medvigil.core.risk.RiskAcceptanceMatrix;
import org.medvigil.core.risk.RiskDetermination;
import org.medvigil.core.risk.RiskStatus;
import org.medvigil.core.risk.ThreatSignals;
import org.medvigil.core.risk.cvss.CvssResult;
import org.medvigil.core.risk.cvss.CvssV2Result;
import org.medvigil.core.risk.cvss.CvssV3Result;
import org.medvigil.core.risk.rubric.MedicalDeviceRubric;
import org.medvigil.core.risk.rubric.RubricAnswers;
import org.medvigil.core.risk.rubric.RubricResult;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code medvigil assess}: the FDA controlled / uncontrolled determination for one vulnerability,
 * from a CVSS vector or MITRE rubric answers, a harm severity and optional KEV / EPSS signals,
 * through the default or a product's risk-acceptance matrix, explained step by step.
 */
@Command(name = "assess", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"FDA controlled/uncontrolled determination for one vulnerability:",
                "exploitability x harm severity through a risk-acceptance matrix, explained step by step.",
                "Exploitability from --cvss, MITRE rubric answers (--rubric or --rubric-file) or --worst-case."})
final class AssessCommand implements Callable<Integer> {
    static final long MAX_FILE = 64 * 1024;

    static final class Exploitability {
        @Option(names = "--cvss", paramLabel = "VECTOR", description = "CVSS v2, v3.x or v4.0 vector")
        String cvss;
        @Option(names = "--rubric", paramLabel = "ANSWERS", description = "rubric answers CODE=yes|no|unknown, comma-separated")
        String rubric;
        @Option(names = "--rubric-file", paramLabel = "FILE", description = "rubric answers, one per line, rationale after #")
        Path rubricFile;
        @Option(names = "--worst-case", description = "assume exploitation is certain (reasonable worst case)")
        boolean worstCase;
    }

    static final class AnalystDecision {
        @Option(names = "--override", required = true, paramLabel = "STATUS", description = "controlled or uncontrolled")
        String status;
        @Option(names = "--rationale", required = true, paramLabel = "TEXT", description = "why the matrix result is overridden")
        String rationale;
        @Option(names = "--analyst", required = true, paramLabel = "NAME", description = "who decides")
        String analyst;
    }

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Exploitability (one of):%n")
    Exploitability exploitability;

    @Option(names = "--harm", required = true, paramLabel = "LEVEL",
            description = "negligible, minor, serious, critical, catastrophic, or confidentiality-only")
    String harm;

    @Option(names = "--harm-rationale", paramLabel = "TEXT", description = "why this harm severity")
    String harmRationale;

    @Option(names = "--kev", description = "the vulnerability is listed in the CISA KEV catalog")
    boolean kev;

    @Option(names = "--epss", paramLabel = "P", description = "EPSS probability of exploitation, 0 to 1")
    Double epss;

    @Option(names = "--matrix", paramLabel = "FILE", description = "the product's risk-acceptance matrix (JSON); default: MedVigil's")
    Path matrix;

    @ArgGroup(exclusive = false, heading = "Analyst override (all three together):%n")
    AnalystDecision override;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RubricResult rubric = null;
        ExploitabilityAssessment assessment;
        if (exploitability.cvss != null) {
            assessment = ExploitabilityAssessment.ofVector(exploitability.cvss);
        } else if (exploitability.rubric != null || exploitability.rubricFile != null) {
            String text = exploitability.rubric != null ? exploitability.rubric : read(exploitability.rubricFile);
            rubric = MedicalDeviceRubric.score(RubricAnswers.parse(text));
            assessment = ExploitabilityAssessment.ofRubric(rubric);
        } else {
            assessment = ExploitabilityAssessment.worstCase("--worst-case");
        }
        HarmAssessment harmAssessment = harm.strip().equalsIgnoreCase("confidentiality-only")
                ? new HarmAssessment.ConfidentialityOnly(harmRationale)
                : new HarmAssessment.PatientHarm(HarmSeverity.parse(harm), harmRationale);
        RiskAcceptanceMatrix m = matrix == null ? RiskAcceptanceMatrix.fdaDefault() : readMatrix(matrix);
        RiskDetermination d = RiskDetermination.determine(assessment, ThreatSignals.of(kev, epss), harmAssessment, m);
        if (override != null) {
            d = d.overriddenBy(new AnalystOverride(RiskStatus.parse(override.status), override.rationale, override.analyst));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(toJson(d, rubric)));
        } else {
            out.print(toText(d));
        }
        out.flush();
        return MedvigilCommand.OK;
    }

    private static RiskAcceptanceMatrix readMatrix(Path file) throws IOException {
        try {
            return RiskAcceptanceMatrix.fromJson(read(file));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file.toString(), e.getMessage(), e);
        }
    }

    static String read(Path file) throws IOException {
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidInputException(file.toString(), "is a directory, expected a file");
            }
            if (Files.size(file) > MAX_FILE) {
                throw new InvalidInputException(file.toString(), "file is larger than " + MAX_FILE + " bytes");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "no such file");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.toString(), "not UTF-8 text");
        }
    }

    static String toText(RiskDetermination d) {
        StringBuilder b = new StringBuilder();
        b.append("Determination:  ").append(d.status().label().toUpperCase(java.util.Locale.ROOT)).append('\n');
        b.append("Exploitability: ").append(d.exploitability().label()).append('\n');
        b.append("Harm:           ").append(d.harm().describe()).append('\n');
        b.append("Matrix cell:    ").append(d.cell().map(c -> c.describe() + " (" + d.matrixName() + ")")
                .orElse("not consulted")).append('\n');
        d.override().ifPresent(o -> b.append("Override:       ").append(o.status().label()).append(" by ")
                .append(o.analyst()).append(" (matrix gave ").append(d.matrixStatus().label()).append(")\n"));
        b.append("Reason:         ").append(d.reason()).append('\n');
        b.append("How:\n");
        List<String> steps = d.explanation();
        for (int i = 0; i < steps.size(); i++) {
            b.append("  ").append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        return b.toString();
    }

    static ObjectNode toJson(RiskDetermination d, RubricResult rubric) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode n = mapper.createObjectNode();
        n.put("determination", d.status().label());
        n.put("exploitability", d.exploitability().label());
        boolean confidentialityOnly = d.harm() instanceof HarmAssessment.ConfidentialityOnly;
        n.put("harm", confidentialityOnly ? HarmSeverity.NEGLIGIBLE.label()
                : ((HarmAssessment.PatientHarm) d.harm()).severity().label());
        n.put("confidentialityOnly", confidentialityOnly);
        n.put("reason", d.reason());
        n.put("matrixResult", d.matrixStatus().label());
        if (d.cell().isPresent()) {
            ObjectNode cell = n.putObject("cell");
            cell.put("exploitability", d.cell().get().exploitability().label());
            cell.put("harm", d.cell().get().harm().label());
            cell.put("status", d.cell().get().status().label());
        } else {
            n.putNull("cell");
        }
        n.put("matrix", d.matrixName());
        ObjectNode inputs = n.putObject("inputs");
        inputs.put("exploitabilityBeforeSignals", d.assessment().level().label());
        if (d.assessment().subscore().isPresent()) {
            inputs.put("exploitabilitySubscore", Math.round(d.assessment().subscore().getAsDouble() * 1000) / 1000.0);
        }
        if (d.assessment().cvss().isPresent()) {
            CvssResult c = d.assessment().cvss().get();
            ObjectNode cvss = inputs.putObject("cvss");
            cvss.put("version", c.version());
            cvss.put("vector", c.vector());
            cvss.put(c instanceof CvssV3Result || c instanceof CvssV2Result ? "baseScore" : "score", c.score());
            cvss.put("severity", c.severity().label());
        } else {
            inputs.putNull("cvss");
        }
        if (rubric != null) {
            ObjectNode r = inputs.putObject("rubric");
            r.put("version", rubric.rubricVersion());
            r.put("answers", rubric.answers().codes());
        }
        inputs.put("worstCase", d.assessment().cvss().isEmpty());
        inputs.put("kev", d.signals().kevListed());
        if (d.signals().epss().isPresent()) {
            inputs.put("epss", d.signals().epss().getAsDouble());
        } else {
            inputs.putNull("epss");
        }
        inputs.put("harmRationale", d.harm().rationale());
        ArrayNode steps = n.putArray("explanation");
        d.explanation().forEach(steps::add);
        if (d.override().isPresent()) {
            ObjectNode o = n.putObject("override");
            o.put("status", d.override().get().status().label());
            o.put("rationale", d.override().get().rationale());
            o.put("analyst", d.override().get().analyst());
        } else {
            n.putNull("override");
        }
        return n;
    }
}
