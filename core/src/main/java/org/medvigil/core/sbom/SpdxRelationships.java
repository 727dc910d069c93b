package org.medvigil.core.sbom;

import java.util.Locale;
import java.util.Set;

/**
 * Which SPDX relationships make a dependency edge, for SPDX 2 ({@code DEPENDS_ON}) and SPDX 3
 * ({@code dependsOn}) alike: names are compared in lower case without underscores.
 *
 * <p>Containment counts as a dependency ({@code A CONTAINS B}: A depends on B), as the NTIA
 * minimum elements define a dependency relationship as "component X is included in Y". Build,
 * development and test dependencies and tools are left out: they do not ship in the device.
 * Reverse forms ({@code DEPENDENCY_OF}, {@code CONTAINED_BY}, ...) are turned around.
 */
final class SpdxRelationships {
    private static final Set<String> FORWARD = Set.of(
            "dependson", "contains", "staticlink", "dynamiclink", "hasprerequisite",
            "hasstaticlink", "hasdynamiclink", "hasoptionaldependency", "hasprovideddependency",
            "hasoptionalcomponent");
    private static final Set<String> REVERSE = Set.of(
            "dependencyof", "containedby", "runtimedependencyof", "optionaldependencyof",
            "provideddependencyof", "prerequisitefor", "packageof", "optionalcomponentof");

    private SpdxRelationships() {
    }

    static String key(String type) {
        return type == null ? "" : type.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** {from, to} of the dependency edge the relationship makes, or null when it makes none. */
    static String[] dependency(String type, String from, String to) {
        String k = key(type);
        if (FORWARD.contains(k)) {
            return new String[] {from, to};
        }
        if (REVERSE.contains(k)) {
            return new String[] {to, from};
        }
        return null;
    }

    /** The described element when the relationship says "from describes to" (either direction), else null. */
    static String described(String type, String from, String to) {
        return switch (key(type)) {
            case "describes" -> to;
            case "describedby" -> from;
            default -> null;
        };
    }
}
