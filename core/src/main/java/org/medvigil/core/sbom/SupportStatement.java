package org.medvigil.core.sbom;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a component's level of support and end of support (FDA C-06) from what the document
 * states. CycloneDX has no field for either, so they come from properties; the names, in order
 * of preference:
 * <ul>
 *   <li>level: {@code cdx:fda:level-of-support}, then the informal name "Level of Support";</li>
 *   <li>end of support: {@code cdx:fda:end-of-support-date}, {@code cdx:lifecycle:milestone:endOfSupport},
 *       then the informal names "End-of-Support" / "End of Support date".</li>
 * </ul>
 * The {@code cdx:fda} and {@code cdx:lifecycle} names are the official CycloneDX property taxonomy;
 * the informal names are those found in real medical-device SBOMs and are matched ignoring case,
 * spaces, hyphens and underscores. SPDX states support natively (2.3 {@code validUntilDate}, 3.0
 * {@code supportLevel} / {@code validUntilTime}); those readers pass the values in directly.
 */
final class SupportStatement {
    static final String FDA_LEVEL = "cdx:fda:level-of-support";
    static final String FDA_END = "cdx:fda:end-of-support-date";
    static final String LIFECYCLE_END = "cdx:lifecycle:milestone:endOfSupport";

    private static final List<String> INFORMAL_LEVEL = List.of("levelofsupport", "supportlevel");
    private static final List<String> INFORMAL_END = List.of("endofsupport", "endofsupportdate");

    private SupportStatement() {
    }

    /** The support a draft states, from its native fields or else its properties. */
    static Support of(ComponentDraft d) {
        String level = d.supportLevel != null ? d.supportLevel : level(d.properties);
        String end = d.endOfSupport != null ? d.endOfSupport : endOfSupport(d.properties);
        if (level == null && end == null) {
            return Support.UNKNOWN;
        }
        return new Support(level, date(end), end);
    }

    private static String level(Map<String, String> properties) {
        if (properties.isEmpty()) {
            return null;
        }
        String v = named(properties, FDA_LEVEL);
        return v != null ? v : informal(properties, INFORMAL_LEVEL);
    }

    private static String endOfSupport(Map<String, String> properties) {
        if (properties.isEmpty()) {
            return null;
        }
        String v = named(properties, FDA_END);
        if (v == null) {
            v = named(properties, LIFECYCLE_END);
        }
        return v != null ? v : informal(properties, INFORMAL_END);
    }

    private static String named(Map<String, String> properties, String name) {
        String v = properties.get(name);
        if (v == null) {
            for (Map.Entry<String, String> e : properties.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    v = e.getValue();
                    break;
                }
            }
        }
        return Text.clean(v);
    }

    private static String informal(Map<String, String> properties, List<String> keys) {
        for (Map.Entry<String, String> e : properties.entrySet()) {
            if (keys.contains(squeeze(e.getKey()))) {
                String v = Text.clean(e.getValue());
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String squeeze(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** An ISO 8601 full date, or the date part of a timestamp; null for anything else. */
    static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
            return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT)).toLocalDate();
        } catch (DateTimeParseException e) {
            if (text.length() == 10) {
                return null;
            }
            // A timestamp without offset still names a day.
            char sep = text.charAt(10);
            if (sep != 'T' && sep != 't' && sep != ' ') {
                return null;
            }
            try {
                return LocalDate.parse(text.substring(0, 10));
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
