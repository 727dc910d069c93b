package org.medvigil.core.risk.cvss;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scored CVSS v4.0 vector. v4.0 has one score for the whole vector; its name says which metric
 * groups went into it (CVSS-B, -BT, -BE, -BTE). Supplemental metrics (Safety, Automatable,
 * Recovery, Value Density, Response Effort, Provider Urgency) never change the score and are
 * kept as given.
 *
 * @param vector       normalised vector with its {@code CVSS:4.0/} prefix (X values dropped)
 * @param metrics      the metrics as given, in specification order (explicit X kept)
 * @param score        the score
 * @param nomenclature "CVSS-B", "CVSS-BT", "CVSS-BE" or "CVSS-BTE"
 * @param macroVector  the six EQ levels the score was interpolated from, e.g. "001100"
 * @param supplemental the supplemental metrics given with a value other than X, e.g. {@code S → P}
 */
public record CvssV4Result(String vector, Map<String, String> metrics, double score, String nomenclature,
                           String macroVector, Map<String, String> supplemental) implements CvssResult {

    public CvssV4Result {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        supplemental = Collections.unmodifiableMap(new LinkedHashMap<>(supplemental));
    }

    @Override
    public String version() {
        return "4.0";
    }

    @Override
    public CvssSeverity severity() {
        return CvssSeverity.ofScore(score);
    }

    /** The supplemental Safety metric (IEC 61508 consequence): "N", "P", or "X" when not given. */
    public String safety() {
        return supplemental.getOrDefault("S", "X");
    }
}
