package org.medvigil.core.advisory;

import java.util.stream.Collectors;
import org.medvigil.core.version.AllVersions;
import org.medvigil.core.version.ExactVersions;
import org.medvigil.core.version.OsvEventRange;
import org.medvigil.core.version.UnevaluableRange;
import org.medvigil.core.version.Vers;
import org.medvigil.core.version.VersionRange;

/** A compact, stable text of a range's structure, for table tests (not containment). */
final class RangeText {
    private RangeText() {
    }

    static String of(VersionRange r) {
        if (r instanceof AllVersions) {
            return "all";
        }
        if (r instanceof ExactVersions e) {
            return "exact " + e.versions().stream().sorted().collect(Collectors.joining(" | "));
        }
        if (r instanceof UnevaluableRange u) {
            return "unevaluable: " + u.why();
        }
        if (r instanceof Vers v) {
            return "vers:" + v.scheme() + "/" + v.constraints().stream().map(c -> switch (c.comparator()) {
                case EQ -> c.version();
                case NE -> "!=" + c.version();
                case LT -> "<" + c.version();
                case LE -> "<=" + c.version();
                case GT -> ">" + c.version();
                case GE -> ">=" + c.version();
                case ANY -> "*";
            }).collect(Collectors.joining("|"));
        }
        if (r instanceof OsvEventRange o) {
            return o.type() + " " + o.events().stream().map(e -> e.kind().name().toLowerCase() + "=" + e.version())
                    .collect(Collectors.joining(","));
        }
        throw new IllegalArgumentException(r.toString());
    }
}
