package org.medvigil.core.report;

import java.util.List;
import java.util.Optional;

/** The one place report formats are registered. */
public final class ReportWriters {
    private final List<ReportWriter> writers;

    private ReportWriters(List<ReportWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    public static ReportWriters standard() {
        return new ReportWriters(List.of(
                new TableReportWriter(),
                new JsonReportWriter(),
                new SarifReportWriter(),
                new CycloneDxVdrWriter()));
    }

    public Optional<ReportWriter> forFormat(String format) {
        return writers.stream().filter(w -> w.format().equalsIgnoreCase(format)).findFirst();
    }

    public List<String> formats() {
        return writers.stream().map(ReportWriter::format).toList();
    }
}
