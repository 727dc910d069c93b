package org.medvigil.core.version;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Converts PEP 440 version specifiers ({@code >=1.0,<2.0}, {@code ~=1.4.2}, {@code ==1.*},
 * {@code !=1.3}, {@code ===1.0}) into a {@code vers:pypi} range. Clauses separated by commas
 * must all hold; groups separated by {@code ||} (GitLab advisory syntax, not PEP 440) are
 * alternatives. The result is the exact set of versions, simplified and sorted by version as
 * the vers specification requires, with versions in PEP 440 normal form.
 *
 * <p>Each clause is read by version order, which is what vers can express:
 * <ul>
 *   <li>{@code <V <=V >V >=V ==V !=V} map to the same vers comparators. PEP 440's extra rules
 *       that {@code <V} excludes pre-releases of V, {@code >V} excludes post-releases and local
 *       versions of V, and {@code ==V} ignores local labels, have no vers equivalent and are not
 *       carried over (as in univers and the vers test suite).
 *   <li>{@code ==V.*} (prefix match) is {@code >=V.dev0|<W.dev0}, W being V with its last
 *       component incremented; {@code !=V.*} is its complement.
 *   <li>{@code ~=V} is {@code >=V} together with {@code ==P.*}, P being V without its last
 *       release component (so {@code ~=1.4.5} is {@code >=1.4.5|<1.5.dev0}).
 *   <li>{@code ===V} (arbitrary string equality) is {@code V} when V is a PEP 440 version.
 * </ul>
 * An unsatisfiable specifier gives a vers with no constraints.
 */
public final class Pep440Specifiers {
    private static final PypiVersionScheme SCHEME = new PypiVersionScheme();
    private static final int MAX_LENGTH = 4096;

    private Pep440Specifiers() {
    }

    /**
     * The vers range of {@code specifiers}.
     *
     * @throws InvalidVersionException when a clause is malformed or names a version that is not PEP 440
     */
    public static Vers toVers(String specifiers) {
        if (specifiers == null || specifiers.isBlank()) {
            throw new InvalidVersionException("PEP 440 specifier is empty");
        }
        if (specifiers.length() > MAX_LENGTH) {
            throw new InvalidVersionException("PEP 440 specifier is longer than " + MAX_LENGTH + " characters");
        }
        List<Interval> union = new ArrayList<>();
        for (String group : specifiers.split("\\|\\|", -1)) {
            if (group.isBlank()) {
                continue;
            }
            List<Interval> all = List.of(new Interval(null, false, null, false));
            for (String clause : group.split(",", -1)) {
                all = intersect(all, clause(clause.strip(), specifiers));
            }
            union.addAll(all);
        }
        return new Vers("pypi", render(union), SCHEME);
    }

    /** One interval of versions; a null bound is unbounded. */
    private record Interval(Pep440Version lo, boolean loIncluded, Pep440Version hi, boolean hiIncluded) {
        boolean isEmpty() {
            if (lo == null || hi == null) {
                return false;
            }
            int c = lo.compareTo(hi);
            return c > 0 || (c == 0 && !(loIncluded && hiIncluded));
        }
    }

    private static List<Interval> clause(String clause, String whole) {
        int opEnd = 0;
        while (opEnd < clause.length() && "<>=!~".indexOf(clause.charAt(opEnd)) >= 0) {
            opEnd++;
        }
        String op = clause.substring(0, opEnd);
        if (op.isEmpty()) {
            throw invalid(whole, "clause '" + clause + "' has no comparison operator");
        }
        String text = clause.substring(opEnd).strip();
        if (text.isEmpty()) {
            throw invalid(whole, "a clause has no version");
        }
        boolean wildcard = text.endsWith(".*");
        if (wildcard && !op.equals("==") && !op.equals("!=")) {
            throw invalid(whole, "'.*' is allowed only after == and !=");
        }
        Pep440Version v = version(wildcard ? text.substring(0, text.length() - 2) : text, whole);
        return switch (op) {
            case "<" -> List.of(new Interval(null, false, v, false));
            case "<=" -> List.of(new Interval(null, false, v, true));
            case ">" -> List.of(new Interval(v, false, null, false));
            case ">=" -> List.of(new Interval(v, true, null, false));
            case "==", "===" -> wildcard ? List.of(prefix(v, v.releaseCount(), whole)) : List.of(new Interval(v, true, v, true));
            case "!=" -> complement(wildcard ? prefix(v, v.releaseCount(), whole) : new Interval(v, true, v, true));
            case "~=" -> {
                if (v.releaseCount() < 2) {
                    throw invalid(whole, "~= needs a version with at least two release components");
                }
                yield intersect(List.of(new Interval(v, true, null, false)), List.of(prefix(v, v.releaseCount() - 1, whole)));
            }
            default -> throw invalid(whole, "unknown operator '" + op + "'");
        };
    }

    /** All versions whose release starts with the first {@code count} components of {@code v}. */
    private static Interval prefix(Pep440Version v, int count, String whole) {
        if (v.isPreRelease() || v.hasPost() || v.hasLocal()) {
            throw invalid(whole, "a prefix match ('.*', '~=') is supported only on a release segment");
        }
        return new Interval(version(v.releasePrefix(count, false) + ".dev0", whole), true,
                version(v.releasePrefix(count, true) + ".dev0", whole), false);
    }

    private static List<Interval> complement(Interval i) {
        List<Interval> out = new ArrayList<>(2);
        if (i.lo() != null) {
            out.add(new Interval(null, false, i.lo(), !i.loIncluded()));
        }
        if (i.hi() != null) {
            out.add(new Interval(i.hi(), !i.hiIncluded(), null, false));
        }
        return out;
    }

    private static List<Interval> intersect(List<Interval> as, List<Interval> bs) {
        List<Interval> out = new ArrayList<>();
        for (Interval a : as) {
            for (Interval b : bs) {
                Pep440Version lo = a.lo();
                boolean loIn = a.loIncluded();
                if (b.lo() != null && (lo == null || b.lo().compareTo(lo) > 0 || (b.lo().compareTo(lo) == 0 && !b.loIncluded()))) {
                    lo = b.lo();
                    loIn = b.loIncluded();
                }
                Pep440Version hi = a.hi();
                boolean hiIn = a.hiIncluded();
                if (b.hi() != null && (hi == null || b.hi().compareTo(hi) < 0 || (b.hi().compareTo(hi) == 0 && !b.hiIncluded()))) {
                    hi = b.hi();
                    hiIn = b.hiIncluded();
                }
                Interval i = new Interval(lo, loIn, hi, hiIn);
                if (!i.isEmpty()) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /**
     * vers constraints of a union of intervals: sorted, overlapping ones merged, and two
     * intervals that touch at one excluded point written with {@code !=}.
     */
    private static List<Vers.Constraint> render(List<Interval> union) {
        List<Interval> sorted = new ArrayList<>(union);
        sorted.sort(Comparator.comparing(Interval::lo, Comparator.nullsFirst(Comparator.<Pep440Version>naturalOrder()))
                .thenComparing(i -> !i.loIncluded()));
        List<Vers.Constraint> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            Interval hull = sorted.get(i++);
            List<Pep440Version> holes = new ArrayList<>();
            for (; i < sorted.size(); i++) {
                Interval next = sorted.get(i);
                int c = hull.hi() == null || next.lo() == null ? 1 : hull.hi().compareTo(next.lo());
                if (c < 0) {
                    break;
                }
                if (c == 0 && !hull.hiIncluded() && !next.loIncluded()) {
                    holes.add(next.lo());
                }
                hull = upTo(hull, next);
            }
            emit(hull, holes, out);
        }
        return out;
    }

    /** {@code hull} extended to the later upper end of itself and {@code next}. */
    private static Interval upTo(Interval hull, Interval next) {
        if (hull.hi() == null) {
            return hull;
        }
        if (next.hi() == null) {
            return new Interval(hull.lo(), hull.loIncluded(), null, false);
        }
        int c = hull.hi().compareTo(next.hi());
        boolean keep = c > 0 || (c == 0 && hull.hiIncluded());
        return keep ? hull : new Interval(hull.lo(), hull.loIncluded(), next.hi(), next.hiIncluded());
    }

    private static void emit(Interval hull, List<Pep440Version> holes, List<Vers.Constraint> out) {
        if (hull.lo() != null && hull.hi() != null && hull.lo().compareTo(hull.hi()) == 0) {
            out.add(new Vers.Constraint(Vers.Comparator.EQ, hull.lo().normalForm()));
            return;
        }
        if (hull.lo() == null && hull.hi() == null && holes.isEmpty()) {
            out.add(new Vers.Constraint(Vers.Comparator.ANY, "*"));
            return;
        }
        if (hull.lo() != null) {
            out.add(new Vers.Constraint(hull.loIncluded() ? Vers.Comparator.GE : Vers.Comparator.GT, hull.lo().normalForm()));
        }
        for (Pep440Version hole : holes) {
            out.add(new Vers.Constraint(Vers.Comparator.NE, hole.normalForm()));
        }
        if (hull.hi() != null) {
            out.add(new Vers.Constraint(hull.hiIncluded() ? Vers.Comparator.LE : Vers.Comparator.LT, hull.hi().normalForm()));
        }
    }

    private static Pep440Version version(String text, String whole) {
        Pep440Version v = Pep440Version.parseOrNull(text);
        if (v == null) {
            throw invalid(whole, "'" + text + "' is not a PEP 440 version");
        }
        return v;
    }

    private static InvalidVersionException invalid(String specifiers, String why) {
        return new InvalidVersionException("Not a PEP 440 specifier: " + Numerals.quoted(specifiers) + ": " + why);
    }
}
