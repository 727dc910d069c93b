package org.medvigil.core.version;

/**
 * Python package versions ({@code pypi}; OSV ecosystem PyPI) per PEP 440, ordered as the
 * {@code packaging} library orders them: epoch, release (trailing zeros ignored, so
 * {@code 1.0 == 1.0.0}), then {@code .devN} of a final release before its pre-releases,
 * pre-releases {@code aN < bN < rcN} before the release, post releases after it, dev releases
 * before the version they develop, and a local label ({@code +ubuntu1}) after the public
 * version without one. Spelling variants are normalised as PEP 440 specifies
 * ({@code 1.0-alpha1 == 1.0a1}, {@code 1.0-1 == 1.0.post1}, {@code v1.0 == 1.0},
 * {@code 1.0.c1 == 1.0rc1}, upper case, surrounding whitespace). Numbers of any length compare
 * exactly.
 *
 * <p>Versions that are not PEP 440 ("legacy" versions such as {@code 0.1-bulbasaur}): the
 * standard scheme ({@link #PypiVersionScheme()}) rejects them with
 * {@link InvalidVersionException}, as pip and {@code packaging} 22+ do, so a match that rests on
 * one is reported as uncertain rather than guessed. OSV's own evaluation of PyPI ranges
 * (osv.dev with {@code packaging_legacy}, osv-scalibr) still orders them, before every PEP 440
 * version and among themselves by setuptools' old key; {@link #withLegacyVersions()} gives that
 * ordering for callers that must reproduce OSV's answers exactly.
 *
 * <p>Hand-rolled: versatile-core 0.13.1 has no PEP 440 comparator (an unknown scheme falls back
 * to a generic order that sorts pre-releases wrongly). Parsing is a hand-written scanner
 * equivalent to PEP 440's reference regular expression; it keeps digit positions instead of
 * converting numbers.
 */
public final class PypiVersionScheme implements VersionScheme, VersionReader<Object> {
    private final boolean legacy;

    /** The standard PEP 440 scheme: versions that are not PEP 440 are invalid. */
    public PypiVersionScheme() {
        this(false);
    }

    private PypiVersionScheme(boolean legacy) {
        this.legacy = legacy;
    }

    /**
     * OSV's PyPI ordering: PEP 440 versions as in the standard scheme, and any other non-blank
     * string as a legacy version that sorts before all of them.
     */
    public static PypiVersionScheme withLegacyVersions() {
        return new PypiVersionScheme(true);
    }

    @Override
    public String name() {
        return "pypi";
    }

    /** A PEP 440 version, or (in the legacy ordering) a legacy one; read once for many comparisons. */
    @Override
    public Object read(String version) {
        Pep440Version v = Pep440Version.parseOrNull(version);
        if (v != null) {
            return v;
        }
        if (!legacy) {
            throw invalid(version);
        }
        return LegacyPythonVersion.of(checkLegacy(version));
    }

    @Override
    public int compareRead(Object a, Object b) {
        if (a instanceof Pep440Version va && b instanceof Pep440Version vb) {
            return Integer.signum(va.compareTo(vb));
        }
        if (a instanceof Pep440Version || b instanceof Pep440Version) {
            return a instanceof Pep440Version ? 1 : -1;
        }
        return ((LegacyPythonVersion) a).compareTo((LegacyPythonVersion) b);
    }

    @Override
    public int compare(String a, String b) {
        Pep440Version va = Pep440Version.parseOrNull(a);
        Pep440Version vb = Pep440Version.parseOrNull(b);
        if (va != null && vb != null) {
            return Integer.signum(va.compareTo(vb));
        }
        if (!legacy) {
            throw invalid(va == null ? a : b);
        }
        if (va != null || vb != null) {
            checkLegacy(va == null ? a : b);
            return va == null ? -1 : 1;
        }
        return LegacyPythonVersion.of(checkLegacy(a)).compareTo(LegacyPythonVersion.of(checkLegacy(b)));
    }

    /** Whether {@code version} is a PEP 440 version (legacy versions are not, in either ordering). */
    @Override
    public boolean isValid(String version) {
        return Pep440Version.parseOrNull(version) != null;
    }

    /**
     * The normal form PEP 440 prescribes, as {@code packaging} prints it: {@code 1.0-Alpha.1} becomes
     * {@code 1.0a1}, {@code v1.0-1} becomes {@code 1.0.post1}; local labels are lower-cased,
     * joined with dots, and numeric segments lose leading zeros.
     *
     * @throws InvalidVersionException when {@code version} is not PEP 440
     */
    public String normalize(String version) {
        Pep440Version v = Pep440Version.parseOrNull(version);
        if (v == null) {
            throw invalid(version);
        }
        return v.normalForm();
    }

    private static String checkLegacy(String v) {
        if (v == null || v.isBlank()) {
            throw new InvalidVersionException("Not a Python version: " + Numerals.quoted(v) + ": it is empty");
        }
        return v;
    }

    private static InvalidVersionException invalid(String v) {
        if (v == null || v.isBlank()) {
            return new InvalidVersionException("Not a Python version: " + Numerals.quoted(v) + ": it is empty");
        }
        return new InvalidVersionException("Not a PEP 440 version: " + Numerals.quoted(v));
    }
}
