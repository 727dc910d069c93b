package org.medvigil.core.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a scan report in one output format. One implementation per format, registered in {@link ReportWriters}. */
public interface ReportWriter {

    /** The name users pass to {@code --format}: table, json, sarif, cyclonedx. */
    String format();

    void write(ScanReport report, Writer out) throws IOException;
}
