package org.medvigil.app.demo;

import java.time.Duration;

/** What the demo loaded, for the start-up log (and the demo test). */
record DemoSummary(int products, int releases, int sbomComponents, int advisories, int findings, int customers,
                   int units, int assessments, int openCases, Duration took) {
}
