package org.medvigil.core.report;

import java.io.IOException;
import java.io.Writer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medvigil.core.match.Finding;

/**
 * What a person wants to read first: one line per finding, most severe first, with the
 * version that fixes it, then a one-line summary. Uncertain matches are marked "review".
 */
final class TableReportWriter implements ReportWriter {
    private static final String[] HEADER = {"SEVERITY", "SCORE", "VULNERABILITY", "COMPONENT", "VERSION", "FIXED IN", "MATCH"};
    private static final int[] MAX = {8, 5, 24, 48, 24, 28, 12};

    @Override
    public String format() {
        return "table";
    }

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        PrintWriter w = new PrintWriter(out);
        List<String[]> rows = new ArrayList<>();
        for (ReportedFinding rf : report.findings()) {
            rows.add(row(rf));
        }
        if (!rows.isEmpty()) {
            int[] width = widths(rows);
            print(w, HEADER, width);
            for (String[] r : rows) {
                print(w, r, width);
            }
            w.println();
        }
        w.println(summary(report));
        w.flush();
    }

    private static String[] row(ReportedFinding rf) {
        Finding f = rf.finding();
        double score = rf.severity().topScore();
        List<String> fixed = f.evidence().fixedVersions();
        return new String[] {
                rf.severity().rating().label(),
                score < 0 ? "-" : String.format(Locale.ROOT, "%.1f", score),
                f.vulnerabilityId(),
                componentName(f),
                f.component().version() == null ? "-" : f.component().version(),
                fixed.isEmpty() ? "-" : String.join(", ", fixed),
                f.evidence().certain() ? f.evidence().rule().label() : "review"
        };
    }

    private static String componentName(Finding f) {
        String group = f.component().group();
        String name = f.component().name() == null ? f.component().bomRef() : f.component().name();
        if (f.component().purl() != null && f.component().purl().namespace() != null) {
            return f.component().purl().namespace() + "/" + f.component().purl().name();
        }
        return group == null || group.isBlank() ? name : group + "/" + name;
    }

    private static int[] widths(List<String[]> rows) {
        int[] width = new int[HEADER.length];
        for (int i = 0; i < HEADER.length; i++) {
            width[i] = HEADER[i].length();
        }
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.min(MAX[i], Math.max(width[i], r[i].length()));
            }
        }
        return width;
    }

    private static void print(PrintWriter w, String[] cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            if (c.length() > width[i]) {
                c = c.substring(0, width[i] - 1) + "…";
            }
            line.append(c);
            if (i < cells.length - 1) {
                line.append(" ".repeat(width[i] - c.length() + 2));
            }
        }
        w.println(line.toString().stripTrailing());
    }

    static String summary(ScanReport report) {
        Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
        long uncertain = 0;
        for (ReportedFinding f : report.findings()) {
            counts.merge(f.severity().rating(), 1, Integer::sum);
            if (!f.finding().evidence().certain()) {
                uncertain++;
            }
        }
        int components = report.sboms().stream().mapToInt(ScannedSbom::components).sum();
        StringBuilder s = new StringBuilder();
        int n = report.findings().size();
        s.append(n).append(n == 1 ? " finding" : " findings");
        if (n > 0) {
            List<String> parts = new ArrayList<>();
            counts.forEach((r, c) -> parts.add(c + " " + r.label()));
            s.append(" (").append(String.join(", ", parts)).append(")");
        }
        s.append(" in ").append(report.sboms().size()).append(report.sboms().size() == 1 ? " SBOM" : " SBOMs")
                .append(" with ").append(components).append(" components, against ")
                .append(report.advisoriesLoaded()).append(" advisories");
        if (uncertain > 0) {
            s.append("; ").append(uncertain).append(uncertain == 1 ? " match needs" : " matches need").append(" review");
        }
        if (!report.problems().isEmpty()) {
            s.append("; ").append(report.problems().size())
                    .append(report.problems().size() == 1 ? " input could not be read" : " inputs could not be read");
        }
        return s.append('.').toString();
    }
}
