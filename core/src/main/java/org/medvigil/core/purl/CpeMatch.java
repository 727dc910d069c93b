package org.medvigil.core.purl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CPE name matching per NISTIR 7696 (CPE 2.3 Name Matching): attribute comparison (clause
 * 6.1.2, Table 6-2, including wildcards in the source) and the four name comparisons of
 * clause 6.2 (Table 6-4). Matching is case-insensitive.
 *
 * <p>For NVD applicability the source is the advisory's {@code cpeMatch} criteria (which may
 * contain ANY and wildcards) and the target is a component's CPE; the component is affected
 * when {@link #isSuperset isSuperset(criteria, component)} holds (and its version lies in the
 * criteria's version range, which is checked elsewhere).
 */
public final class CpeMatch {
    private CpeMatch() {
    }

    /**
     * Compares two attribute values in formatted-string form ({@code *} ANY, {@code -} NA):
     * {@code compare(source, target)} of NISTIR 7696.
     *
     * @throws InvalidCpeException when a value is not a valid formatted-string value
     */
    public static CpeRelation compare(String source, String target) {
        return compareWfn(wfn(CpeValue.canonical(source, source)), wfn(CpeValue.canonical(target, target)));
    }

    /** {@code compare} on lowercased WFN values. */
    private static CpeRelation compareWfn(String s, String t) {
        if (!isLogical(t) && CpeValue.hasWildcards(t)) {
            return CpeRelation.UNDEFINED;
        }
        if (s.equals(t)) {
            return CpeRelation.EQUAL;
        }
        if (s.equals(CpeValue.ANY)) {
            return CpeRelation.SUPERSET;
        }
        if (t.equals(CpeValue.ANY)) {
            return CpeRelation.SUBSET;
        }
        if (t.equals(CpeValue.NA) || s.equals(CpeValue.NA)) {
            return CpeRelation.DISJOINT;
        }
        return compareStrings(s, t);
    }

    /** The eleven attribute relations, in specification order (part, vendor, ..., other). */
    public static List<CpeRelation> compareAll(Cpe source, Cpe target) {
        String[] s = source.values();
        String[] t = target.values();
        List<CpeRelation> relations = new ArrayList<>(11);
        for (int a = 0; a < 11; a++) {
            relations.add(compareWfn(wfn(s[a]), wfn(t[a])));
        }
        return relations;
    }

    /** CPE_DISJOINT: some attribute is DISJOINT. */
    public static boolean isDisjoint(Cpe source, Cpe target) {
        return compareAll(source, target).contains(CpeRelation.DISJOINT);
    }

    /** CPE_EQUAL: every attribute is EQUAL. */
    public static boolean isEqual(Cpe source, Cpe target) {
        return compareAll(source, target).stream().allMatch(r -> r == CpeRelation.EQUAL);
    }

    /** CPE_SUBSET: the source names a subset of the target (every attribute SUBSET or EQUAL). */
    public static boolean isSubset(Cpe source, Cpe target) {
        return compareAll(source, target).stream().allMatch(r -> r == CpeRelation.SUBSET || r == CpeRelation.EQUAL);
    }

    /**
     * CPE_SUPERSET: the source names a superset of the target (every attribute SUPERSET or
     * EQUAL). Stops at the first attribute that fails, vendor and product first, so it is cheap
     * for a non-match.
     */
    public static boolean isSuperset(Cpe source, Cpe target) {
        String[] s = source.values();
        String[] t = target.values();
        for (int a : new int[] {1, 2, 0, 3, 4, 5, 6, 7, 8, 9, 10}) {
            CpeRelation r = compareWfn(wfn(s[a]), wfn(t[a]));
            if (r != CpeRelation.SUPERSET && r != CpeRelation.EQUAL) {
                return false;
            }
        }
        return true;
    }

    /** The lowercased WFN form of a canonical FS value (every {@link Cpe} value is canonical). */
    private static String wfn(String canonicalFs) {
        return CpeValue.toWfn(canonicalFs).toLowerCase(Locale.ROOT);
    }

    private static boolean isLogical(String wfn) {
        return wfn.equals(CpeValue.ANY) || wfn.equals(CpeValue.NA);
    }

    /**
     * {@code compare_strings} of NISTIR 7696 on lowercased WFN values: the source may begin with
     * one '*' or a run of '?' and end likewise; each '?' stands for at most one character.
     */
    static CpeRelation compareStrings(String source, String target) {
        int start = 0;
        int end = source.length();
        int begins = 0;
        int ends = 0;
        if (source.charAt(0) == '*') {
            start = 1;
            begins = -1;
        } else {
            while (start < source.length() && source.charAt(start) == '?') {
                start++;
                begins++;
            }
        }
        if (source.charAt(end - 1) == '*' && isEvenWildcards(source, end - 1)) {
            end--;
            ends = -1;
        } else {
            while (end > 0 && source.charAt(end - 1) == '?' && isEvenWildcards(source, end - 1)) {
                end--;
                ends++;
            }
        }
        String core = source.substring(start, Math.max(start, end));
        int index = -1;
        int leftover = target.length();
        while (leftover > 0) {
            index = target.indexOf(core, index + 1);
            if (index == -1) {
                break;
            }
            int escapes = countEscapes(target, 0, index);
            if (index > 0 && begins != -1 && begins < index - escapes) {
                break;
            }
            escapes = countEscapes(target, index + 1, target.length());
            leftover = target.length() - index - escapes - core.length();
            if (leftover > 0 && ends != -1 && leftover > ends) {
                continue;
            }
            return CpeRelation.SUPERSET;
        }
        return CpeRelation.DISJOINT;
    }

    /** Whether the character at {@code idx} is preceded by an even number of backslashes (so is unquoted). */
    static boolean isEvenWildcards(String s, int idx) {
        int count = 0;
        while (idx > 0 && s.charAt(idx - 1) == '\\') {
            idx--;
            count++;
        }
        return count % 2 == 0;
    }

    /** The number of escaping backslashes in {@code s[start, end)} (a quoted backslash is not one). */
    static int countEscapes(String s, int start, int end) {
        int result = 0;
        boolean active = false;
        for (int i = 0; i < end && i < s.length(); i++) {
            active = !active && s.charAt(i) == '\\';
            if (active && i >= start) {
                result++;
            }
        }
        return result;
    }
}
