package org.medvigil.app.findings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.core.report.Rating;

/** Reads the finding list's query parameters, for the API and the pages alike; bad values are a 400 naming the choices. */
final class FindingParams {
    /** The ratings a finding can have, most severe first. */
    static final List<String> SEVERITIES = Arrays.stream(Rating.values()).map(Rating::label).toList();

    private FindingParams() {
    }

    static AnalysisState state(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return AnalysisState.ofCode(code.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("state must be one of " + Arrays.stream(AnalysisState.values())
                    .map(AnalysisState::code).collect(Collectors.joining(", ")) + " (got '" + code + "')");
        }
    }

    /** The order of a list; null or blank is the default (most severe first). */
    static FindingOrder order(String code) {
        if (code == null || code.isBlank()) {
            return FindingOrder.SEVERITY;
        }
        try {
            return FindingOrder.ofCode(code.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    static String severity(String rating) {
        if (rating == null || rating.isBlank()) {
            return null;
        }
        String r = rating.strip().toLowerCase(Locale.ROOT);
        if (!SEVERITIES.contains(r)) {
            throw new BadRequestException("severity must be one of " + String.join(", ", SEVERITIES) + " (got '" + rating + "')");
        }
        return r;
    }

    /** "true", "false" or nothing (no filter). */
    static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequestException(name + " must be true or false (got '" + value + "')");
        };
    }
}
