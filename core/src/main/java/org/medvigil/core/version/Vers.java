package org.medvigil.core.version;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * A vers range ({@code vers:maven/>=1.0|<2.0}) per the vers specification, bound to the
 * {@link VersionScheme} of its type. Constraints are kept in version order, as {@link #parse},
 * {@link #parseLenient} and {@link #of} guarantee. A type without a registered scheme is kept
 * with {@code versionScheme} null: such a range is never evaluated with some other ordering,
 * {@link #contains} answers {@link Containment#UNKNOWN}.
 *
 * @param scheme        the vers type ({@code maven}, {@code npm}, ...), lowercase
 * @param constraints   the constraints in version order; {@code ANY} stands alone
 * @param versionScheme the scheme that orders this type's versions, or null when unknown
 */
public record Vers(String scheme, List<Constraint> constraints, VersionScheme versionScheme) implements VersionRange {

    public Vers {
        constraints = List.copyOf(constraints);
    }

    /** The vers comparators; {@code EQ} is written as a bare version, {@code ANY} as {@code *}. */
    public enum Comparator {
        EQ(""), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), ANY("*");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        /** How the comparator is written in a vers ({@code ""} for equality). */
        public String symbol() {
            return symbol;
        }

        boolean isRange() {
            return this == LT || this == LE || this == GT || this == GE;
        }

        boolean isUpper() {
            return this == LT || this == LE;
        }
    }

    /** One constraint: a comparator and a decoded version ({@code null} for {@code ANY}). */
    public record Constraint(Comparator comparator, String version) {
        /** The constraint as written in a canonical vers (version percent-encoded). */
        @Override
        public String toString() {
            return comparator == Comparator.ANY ? "*" : comparator.symbol() + VersParser.encode(version);
        }
    }

    /**
     * Parses a vers string exactly as the specification requires, binding it to its scheme from
     * {@code schemes}: lowercase {@code vers:} and type, no whitespace (a space in a version is
     * {@code %20}), no leading {@code =}, no empty constraint, valid uppercase percent-encoding,
     * constraints sorted by version with every version once (so, when there are several, their
     * versions must be readable by the scheme), and {@code *} alone. An unregistered type is accepted (its order cannot be checked).
     *
     * @throws InvalidVersionException with a one-line reason when the string breaks a rule
     */
    public static Vers parse(String vers, VersionSchemes schemes) {
        return VersParser.parse(vers, schemes, false);
    }

    /**
     * Parses a vers string as earlier drafts and other tools write it, and normalises it: any
     * case for {@code vers:} and the type, whitespace around constraints, {@code =} before a
     * version, empty constraints, lowercase percent-encoding, and constraints in any order (they
     * are sorted; exact repeats are dropped). {@link #toString()} gives the canonical form.
     *
     * @throws InvalidVersionException when the string stays ambiguous: a version given twice
     *                                 with different comparators, {@code *} with other
     *                                 constraints, an invalid version or encoding
     */
    public static Vers parseLenient(String vers, VersionSchemes schemes) {
        return VersParser.parse(vers, schemes, true);
    }

    /**
     * A vers built from constraints in any order, for readers that translate a native range:
     * sorted by the type's scheme, validated like {@link #parse}.
     */
    public static Vers of(String type, List<Constraint> constraints, VersionSchemes schemes) {
        return validated(type, constraints, schemes.byName(type).orElse(null), true);
    }

    static Vers validated(String type, List<Constraint> given, VersionScheme scheme, boolean sort) {
        if (given.isEmpty()) {
            throw VersParser.error("a vers needs at least one constraint");
        }
        if (given.stream().anyMatch(c -> c.comparator() == Comparator.ANY)) {
            if (given.size() > 1) {
                throw VersParser.error("'*' must be the only constraint of a vers, not one of " + given.size());
            }
            return new Vers(type, given, scheme);
        }
        List<Constraint> constraints = new ArrayList<>(given);
        if (scheme == null) {
            Set<String> seen = new HashSet<>();
            for (Constraint c : constraints) {
                if (!seen.add(c.version())) {
                    throw VersParser.error("version " + VersionText.quoted(c.version()) + " appears twice in the vers");
                }
            }
            return new Vers(type, constraints, null);
        }
        // Versions are not checked one by one: the specification accepts a lone version its type
        // cannot read (vers:npm/1.0%252F0); ordering several needs them readable, and contains()
        // answers UNKNOWN for what the scheme cannot read.
        if (sort) {
            try {
                constraints.sort((x, y) -> scheme.compare(x.version(), y.version()));
            } catch (IllegalArgumentException e) {
                // TimSort noticed an order that is not transitive (possible in Maven's own order)
                throw VersParser.error("the versions of this vers have no consistent " + type + " order");
            }
            constraints = dropExactRepeats(constraints, scheme);
        }
        for (int i = 1; i < constraints.size(); i++) {
            int c = scheme.compare(constraints.get(i - 1).version(), constraints.get(i).version());
            if (c == 0) {
                throw VersParser.error("version " + VersionText.quoted(constraints.get(i).version())
                        + " appears twice in the vers");
            }
            if (c > 0) {
                throw VersParser.error("vers constraints are not sorted by version: "
                        + VersionText.quoted(constraints.get(i - 1).toString()) + " comes before "
                        + VersionText.quoted(constraints.get(i).toString()));
            }
        }
        return new Vers(type, constraints, scheme);
    }

    private static List<Constraint> dropExactRepeats(List<Constraint> sorted, VersionScheme scheme) {
        List<Constraint> out = new ArrayList<>(sorted.size());
        for (Constraint c : sorted) {
            Constraint last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.comparator() == c.comparator() && scheme.compare(last.version(), c.version()) == 0) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /**
     * Whether {@code version} is in this range, by the specification's containment algorithm:
     * equal to an {@code =}, {@code <=} or {@code >=} version is in, equal to a {@code !=}
     * version is out; then the {@code <}, {@code <=}, {@code >}, {@code >=} constraints form
     * intervals in order. UNKNOWN when the type has no scheme or the version is not valid in it.
     */
    @Override
    public Containment contains(String version) {
        if (constraints.size() == 1 && constraints.get(0).comparator() == Comparator.ANY) {
            return Containment.INSIDE;
        }
        if (versionScheme == null || version == null) {
            return Containment.UNKNOWN;
        }
        try {
            return Containment.of(isInside(version));
        } catch (InvalidVersionException e) {
            return Containment.UNKNOWN;
        }
    }

    private boolean isInside(String version) {
        ToIntFunction<String> tested = versionScheme.comparing(version);
        List<Constraint> ranges = new ArrayList<>(constraints.size());
        for (Constraint c : constraints) {
            Comparator op = c.comparator();
            if (op == Comparator.EQ || op == Comparator.LE || op == Comparator.GE || op == Comparator.NE) {
                if (tested.applyAsInt(c.version()) == 0) {
                    if (op != Comparator.NE) {
                        return true;
                    }
                    return false;
                }
            }
            if (op.isRange()) {
                ranges.add(c);
            }
        }
        if (ranges.isEmpty()) {
            return false;
        }
        if (ranges.size() == 1) {
            Constraint only = ranges.get(0);
            int c = tested.applyAsInt(only.version());
            return only.comparator().isUpper() ? c < 0 : c > 0;
        }
        for (int i = 0; i + 1 < ranges.size(); i++) {
            Constraint current = ranges.get(i);
            Constraint next = ranges.get(i + 1);
            if (i == 0 && current.comparator().isUpper() && tested.applyAsInt(current.version()) < 0) {
                return true;
            }
            if (i + 2 == ranges.size() && !next.comparator().isUpper() && tested.applyAsInt(next.version()) > 0) {
                return true;
            }
            if (!current.comparator().isUpper() && next.comparator().isUpper()
                    && tested.applyAsInt(current.version()) > 0 && tested.applyAsInt(next.version()) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The versions of the {@code <} upper bounds, each of which ends an affected interval. */
    @Override
    public List<String> fixedVersions() {
        return constraints.stream().filter(c -> c.comparator() == Comparator.LT).map(Constraint::version).toList();
    }

    @Override
    public String describe() {
        return toString();
    }

    /** The canonical vers string. */
    @Override
    public String toString() {
        return "vers:" + scheme + "/" + constraints.stream().map(Constraint::toString).collect(Collectors.joining("|"));
    }
}
