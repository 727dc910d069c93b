package org.medvigil.core.advisory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medvigil.core.version.AllVersions;
import org.medvigil.core.version.ExactVersions;
import org.medvigil.core.version.UnevaluableRange;
import org.medvigil.core.version.Vers;
import org.medvigil.core.version.Vers.Comparator;
import org.medvigil.core.version.Vers.Constraint;
import org.medvigil.core.version.VersionRange;
import org.medvigil.core.version.VersionScheme;
import org.medvigil.core.version.VersionSchemes;

/**
 * Converts the version statements vendors write in CSAF {@code product_version} and
 * {@code product_version_range} (as surveyed in every CISA ICS/ICSMA advisory) into ranges:
 * <ul>
 *   <li>vers strings ({@code vers:generic/>=1.0|<2.0}, {@code vers:all/*}); CISA's invalid
 *       {@code vers:all/<V2.0} is read as the native statement after the slash;</li>
 *   <li>comparator lists: {@code <= 2.3.6}, {@code <2.3.6}, {@code >= 6.1.0 | <= 6.4.0},
 *       {@code >= 2.2.0 < 2.2.3}, {@code 0 < 8.0.1} (from 0 to before 8.0.1), {@code =<} as
 *       {@code <=}; {@code |}, {@code ,} and {@code and} separate constraints, which are then
 *       read with vers semantics;</li>
 *   <li>wildcards {@code 2.X}/{@code 2.x}/{@code 12.2.x.x}: {@code >=2|<3};</li>
 *   <li>phrases: {@code 2.3.6 and below/and prior/and earlier/or earlier}, {@code prior to
 *       2.3.6}/{@code before 2.3.6}, {@code 1.0 and later}, {@code versions 1.0 through 1.5},
 *       {@code V1.81.01 - V1.81.03}, {@code all versions} (also "all firmware/BIOS versions",
 *       {@code *}) and "All versions &lt; V2.8";</li>
 *   <li>bare versions and lists of them: exact versions.</li>
 * </ul>
 * A leading {@code V}/{@code v} before a digit is dropped (vendors write {@code V4.1.3} for
 * 4.1.3). Anything else is an {@link UnevaluableRange} with the reason: dates and ship dates,
 * serial numbers, remarks in parentheses, service-pack/update/build words after a version,
 * wildcards glued to a digit ({@code 8.1x}), conditions ("all versions in default
 * configuration"). Those never say "not affected": a person reviews the match.
 * Versions are in the {@code generic} scheme, the only one a vendor statement implies.
 */
final class NativeVersionStatement {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MONTH = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*(\\d|$)|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"
                    + "|\\b(distributed|shipped|manufactured)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SERIAL = Pattern.compile("serial", Pattern.CASE_INSENSITIVE);
    private static final Pattern REMARK = Pattern.compile("(^|\\s)\\(");
    private static final Pattern ALL = Pattern.compile(
            "(?i)(all|any)(\\s+(firmware|bios|software|hardware))?\\s+versions?");
    private static final Pattern ALL_PREFIX = Pattern.compile(
            "(?i)^(all|any)(\\s+(firmware|bios|software|hardware))?\\s+versions?\\s+(.+)$");
    private static final Pattern VERSION_PREFIX = Pattern.compile("(?i)^versions?\\s+(.+)$");
    private static final Pattern AT_MOST = Pattern.compile(
            "(?i)^(.+?)\\s+(and|or)\\s+(below|prior|earlier|older|lower|before)(\\s+versions?)?$");
    private static final Pattern BEFORE = Pattern.compile(
            "(?i)^(prior\\s+to|before|earlier\\s+than|older\\s+than|lower\\s+than|below)\\s+(.+)$");
    private static final Pattern UP_TO = Pattern.compile("(?i)^up\\s+to(\\s+and\\s+including)?\\s+(.+)$");
    private static final Pattern AT_LEAST = Pattern.compile(
            "(?i)^(.+?)\\s+(and|or)\\s+(later|above|newer|higher)(\\s+versions?)?$");
    private static final Pattern THROUGH = Pattern.compile(
            "(?i)^(?:from\\s+|between\\s+)?(\\S+)\\s+(?:through|thru|to|until|-|and)\\s+(\\S+)$");
    private static final Pattern PREFIXED_SPAN = Pattern.compile("^([A-Za-z]+)(\\d[\\w.]*)-\\1(\\d[\\w.]*)$");
    private static final Pattern TOKEN = Pattern.compile("(>=|<=|=>|=<|!=|==|<|>|=)?\\s*([^\\s|<>=!,]+)?");
    private static final Pattern WILDCARD = Pattern.compile("^(\\d+(?:\\.\\d+)*)((?:\\.[xX*])+)$");
    private static final Pattern VERS_CONSTRAINT = Pattern.compile("^(>=|<=|!=|<|>|=)?([^<>=!].*)$");
    private static final Pattern GLUED_WILDCARD = Pattern.compile("\\d[xX]$");

    private final VersionSchemes schemes;
    private final VersionScheme generic;

    NativeVersionStatement(VersionSchemes schemes) {
        this.schemes = schemes;
        this.generic = schemes.byName("generic").orElse(null);
    }

    /** A {@code product_version_range} statement. */
    VersionRange range(String text) {
        return parse(text);
    }

    /** A {@code product_version}: one version is that exact version; lists and phrases as in {@link #range}. */
    VersionRange productVersion(String text) {
        return parse(text);
    }

    private VersionRange parse(String text) {
        String t = text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ");
        if (t.isEmpty()) {
            return new UnevaluableRange(String.valueOf(text), "empty version statement");
        }
        if (t.regionMatches(true, 0, "vers:", 0, 5)) {
            return vers(text, t);
        }
        return statement(text, t);
    }

    private VersionRange vers(String original, String t) {
        int slash = t.indexOf('/');
        if (slash < 0) {
            return new UnevaluableRange(original, "a vers string needs scheme/constraints");
        }
        String scheme = t.substring(5, slash).strip().toLowerCase(Locale.ROOT);
        String rest = t.substring(slash + 1).strip();
        if (scheme.equals("all")) {
            // vers:all/* is the only valid vers:all; CISA also writes vers:all/<V2.0, read natively.
            return rest.equals("*") ? new AllVersions(original) : statement(original, rest);
        }
        List<Constraint> constraints = new ArrayList<>();
        for (String part : rest.split("\\|", -1)) {
            String c = part.strip();
            if (c.equals("*")) {
                constraints.add(new Constraint(Comparator.ANY, "*"));
                continue;
            }
            Matcher m = VERS_CONSTRAINT.matcher(c);
            if (!m.matches() || m.group(2).isBlank()) {
                return new UnevaluableRange(original, "malformed vers constraint \"" + c + "\"");
            }
            String version = URLDecoder.decode(m.group(2).strip().replace("+", "%2B"), StandardCharsets.UTF_8);
            constraints.add(new Constraint(comparator(m.group(1) == null ? "=" : m.group(1)), version));
        }
        return new Vers(scheme, constraints, schemes.byName(scheme).orElse(null));
    }

    private VersionRange statement(String original, String t) {
        if (t.equals("*") || ALL.matcher(t).matches()) {
            return new AllVersions(original);
        }
        if (REMARK.matcher(t).find() || t.contains("\"") && t.contains(" ")) {
            return new UnevaluableRange(original, "qualified by a remark");
        }
        if (MONTH.matcher(t).find()) {
            return new UnevaluableRange(original, "a date, not a version");
        }
        if (SERIAL.matcher(t).find()) {
            return new UnevaluableRange(original, "serial numbers, not versions");
        }
        Matcher all = ALL_PREFIX.matcher(t);
        boolean allPrefix = all.matches() || t.startsWith("* ");
        String body = all.matches() ? all.group(4) : t.startsWith("* ") ? t.substring(2).strip() : t;
        if (allPrefix && !hasComparator(body)) {
            return new UnevaluableRange(original, "all versions, but only under a stated condition");
        }
        Matcher v = VERSION_PREFIX.matcher(body);
        if (v.matches()) {
            body = v.group(1);
        }
        List<Constraint> list;
        try {
            list = merged(constraints(body));
        } catch (Unreadable e) {
            return new UnevaluableRange(original, e.reason);
        }
        if (list.stream().allMatch(c -> c.comparator() == Comparator.EQ)) {
            LinkedHashSet<String> versions = new LinkedHashSet<>();
            list.forEach(c -> versions.add(c.version()));
            return new ExactVersions(generic, versions);
        }
        return new Vers("generic", list, generic);
    }

    /** Why a statement is not one of the forms read here. */
    private static final class Unreadable extends Exception {
        final String reason;

        Unreadable(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }
    }

    private static final String NOT_A_STATEMENT = "not a version statement this reader understands";

    /** The constraints of a statement without the "all versions" / "versions" prefix. */
    private List<Constraint> constraints(String body) throws Unreadable {
        List<Constraint> out = new ArrayList<>();
        for (String rawItem : body.split("[|,]")) {
            String item = rawItem.strip();
            if (item.endsWith(" -") || item.equals("-")) {
                item = item.substring(0, item.length() - 1).strip(); // ">=R6.01.01 -| <=R8.03.01": a stray dash
            }
            if (item.isEmpty()) {
                throw new Unreadable("an empty item in a version list");
            }
            if (!phrase(item, out)) {
                comparators(item, out);
            }
        }
        if (out.isEmpty()) {
            throw new Unreadable(NOT_A_STATEMENT);
        }
        return out;
    }

    /** The phrase forms of one item; false when the item is none of them. */
    private boolean phrase(String item, List<Constraint> out) {
        Matcher m;
        if ((m = AT_MOST.matcher(item)).matches()) {
            return single(m.group(1), Comparator.LE, out);
        }
        if ((m = BEFORE.matcher(item)).matches()) {
            return single(m.group(2), Comparator.LT, out);
        }
        if ((m = UP_TO.matcher(item)).matches()) {
            return single(m.group(2), Comparator.LE, out);
        }
        if ((m = AT_LEAST.matcher(item)).matches()) {
            return single(m.group(1), Comparator.GE, out);
        }
        if ((m = THROUGH.matcher(item)).matches() && !hasComparator(item)) {
            String lower = version(m.group(1));
            String upper = version(m.group(2));
            boolean and = item.toLowerCase(Locale.ROOT).contains(" and ");
            if (lower == null || upper == null) {
                return false;
            }
            if (and) { // "2.8.2 and 2.8.19": two versions, not a span
                out.add(new Constraint(Comparator.EQ, lower));
                out.add(new Constraint(Comparator.EQ, upper));
            } else {
                out.add(new Constraint(Comparator.GE, lower));
                out.add(new Constraint(Comparator.LE, upper));
            }
            return true;
        }
        if ((m = PREFIXED_SPAN.matcher(item)).matches()) { // "V175-V189"
            out.add(new Constraint(Comparator.GE, version(m.group(1) + m.group(2))));
            out.add(new Constraint(Comparator.LE, version(m.group(1) + m.group(3))));
            return true;
        }
        return false;
    }

    private boolean single(String versionText, Comparator comparator, List<Constraint> out) {
        String v = version(versionText.strip());
        if (v == null || v.contains(" ")) {
            return false;
        }
        Matcher w = WILDCARD.matcher(v);
        if (w.matches()) {
            return wildcard(comparator, w.group(1), out);
        }
        out.add(new Constraint(comparator, v));
        return true;
    }

    /**
     * One item of comparator tokens: {@code <= 2.3.6}, {@code >= 2.2.0 < 2.2.3}, {@code 0 < 8.0.1},
     * a bare version, sub-items joined by "and".
     */
    private void comparators(String item, List<Constraint> out) throws Unreadable {
        List<String[]> tokens = new ArrayList<>();
        for (String part : item.split("(?i)\\s+and\\s+")) {
            if (!tokens(part, tokens)) {
                throw new Unreadable(NOT_A_STATEMENT);
            }
        }
        if (tokens.isEmpty()) {
            throw new Unreadable(NOT_A_STATEMENT);
        }
        // A bare version followed by a comparator: "0 < 8.0.1", "A10 < A11" — from that version on.
        if (tokens.size() >= 2 && tokens.get(0)[0] == null && tokens.get(1)[0] != null) {
            String lower = tokens.get(0)[1];
            tokens.set(0, lower.equals("0") ? null : new String[] {">=", lower});
            tokens.removeIf(x -> x == null);
        }
        if (tokens.size() > 1 && tokens.stream().anyMatch(x -> x[0] == null)) {
            throw new Unreadable(tokens.get(0)[0] != null
                    ? "words after the version (service pack, update, build or platform)"
                    : "several words where one version is expected");
        }
        for (String[] tok : tokens) {
            Comparator c = comparator(tok[0] == null ? "=" : tok[0]);
            String v = tok[1];
            Matcher w = WILDCARD.matcher(v);
            if (w.matches()) {
                if (!wildcard(c, w.group(1), out)) {
                    throw new Unreadable(NOT_A_STATEMENT);
                }
            } else if (GLUED_WILDCARD.matcher(v).find()) {
                throw new Unreadable("a wildcard glued to a digit (\"8.1x\") has no defined meaning");
            } else if (tok[0] == null && !hasDigit(v)) {
                throw new Unreadable("a word, not a version");
            } else {
                out.add(new Constraint(c, v));
            }
        }
    }

    /** Splits "<= 2.3.6" / ">=2.3<V3.0" into [comparator or null, version] pairs; false on anything else. */
    private boolean tokens(String part, List<String[]> into) {
        String s = part.strip();
        Matcher m = TOKEN.matcher(s);
        int at = 0;
        String pendingV = null;
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at || m.end() == at) {
                return false;
            }
            String op = m.group(1);
            String raw = m.group(2);
            at = m.end();
            while (at < s.length() && s.charAt(at) == ' ') {
                at++;
            }
            if (raw == null) {
                return false;
            }
            if (raw.equals("V") || raw.equals("v")) { // "< V 4.01"
                pendingV = op == null ? "=" : op;
                continue;
            }
            if (pendingV != null) {
                if (op != null) {
                    return false;
                }
                op = pendingV.equals("=") ? null : pendingV;
                pendingV = null;
            }
            String v = version(raw);
            if (v == null) {
                return false;
            }
            into.add(new String[] {op, v});
        }
        return pendingV == null;
    }

    /** A version token as written, without quotes and a leading V before a digit; null when empty. */
    private static String version(String raw) {
        String v = raw.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1).strip();
        }
        if (v.length() > 1 && (v.charAt(0) == 'V' || v.charAt(0) == 'v') && Character.isDigit(v.charAt(1))) {
            v = v.substring(1);
        }
        return v.isEmpty() ? null : v;
    }

    /** "2.x" (any 2.*): {@code >=2|<3}; with a comparator: "< 3.x" is {@code <3}, "<= 11.x" {@code <12}, "> 2.x" {@code >=3}. */
    private static boolean wildcard(Comparator c, String base, List<Constraint> out) {
        String next = next(base);
        switch (c) {
            case EQ -> {
                out.add(new Constraint(Comparator.GE, base));
                out.add(new Constraint(Comparator.LT, next));
            }
            case LT -> out.add(new Constraint(Comparator.LT, base));
            case LE -> out.add(new Constraint(Comparator.LT, next));
            case GE -> out.add(new Constraint(Comparator.GE, base));
            case GT -> out.add(new Constraint(Comparator.GE, next));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The next release line: the last number plus one ("4.0" to "4.1", "12" to "13"). */
    private static String next(String base) {
        int dot = base.lastIndexOf('.');
        String last = base.substring(dot + 1);
        return base.substring(0, dot + 1) + (Long.parseLong(last) + 1);
    }

    /** Adjacent intervals from wildcard lists ("4.X | 5.X": {@code >=4|<5|>=5|<6}) joined: {@code >=4|<6}. */
    private static List<Constraint> merged(List<Constraint> in) {
        List<Constraint> out = new ArrayList<>(in);
        for (int i = 0; i + 1 < out.size(); i++) {
            Constraint a = out.get(i);
            Constraint b = out.get(i + 1);
            if (a.comparator() == Comparator.LT && b.comparator() == Comparator.GE && a.version().equals(b.version())) {
                out.remove(i + 1);
                out.remove(i);
                i--;
            }
        }
        return out;
    }

    private static Comparator comparator(String op) {
        return switch (op) {
            case ">=", "=>" -> Comparator.GE;
            case "<=", "=<" -> Comparator.LE;
            case ">" -> Comparator.GT;
            case "<" -> Comparator.LT;
            case "!=" -> Comparator.NE;
            default -> Comparator.EQ;
        };
    }

    private static boolean hasComparator(String s) {
        return s.indexOf('<') >= 0 || s.indexOf('>') >= 0 || s.indexOf('=') >= 0;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
