package org.medvigil.core.purl;

import static org.medvigil.core.purl.PurlType.Part.NAME;
import static org.medvigil.core.purl.PurlType.Part.NAMESPACE;
import static org.medvigil.core.purl.PurlType.Part.SUBPATH;
import static org.medvigil.core.purl.PurlType.Part.VERSION;
import static org.medvigil.core.purl.PurlType.named;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one place where purl types are registered: one entry per type of the purl-spec type
 * definitions ({@code types/*-definition.json}). {@code namespace_definition.requirement} becomes
 * {@code namespaceRequired()} / {@code noNamespace()}, {@code case_sensitive: false} becomes
 * {@code lowercase(...)}, a {@code required} qualifier becomes {@code requireQualifier(...)},
 * {@code permitted_characters} becomes {@code permitted(...)}; rules that only the definition's
 * prose states are small methods below. A type that is not registered gets the generic rules.
 */
final class PurlTypes {
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Map<String, PurlType> REGISTERED = Stream.of(
            named("alpm").namespaceRequired().lowercase(NAMESPACE, NAME),
            named("apk").namespaceRequired().lowercase(NAMESPACE, NAME),
            named("bazel").noNamespace(),
            named("bitbucket").namespaceRequired().lowercase(NAMESPACE, NAME),
            named("bitnami").noNamespace().lowercase(NAME),
            named("brew").lowercase(NAMESPACE, NAME),
            named("cargo").noNamespace(),
            named("chrome-extension").noNamespace().lowercase(NAME)
                    .permitted(NAME, "^[a-p]{32}$").permitted(VERSION, "^\\d+(\\.\\d+){0,3}$"),
            named("cocoapods").noNamespace().rule(PurlTypes::cocoapodsName),
            named("composer").namespaceRequired().lowercase(NAMESPACE, NAME),
            named("conan"),
            named("conda").noNamespace(),
            named("cpan").rule(PurlTypes::cpanAuthorAndDistribution),
            named("cran").noNamespace(),
            named("deb").namespaceRequired().lowercase(NAMESPACE, NAME),
            named("docker"),
            named("gem").noNamespace(),
            named("generic"),
            named("git").namespaceRequired().withPathName(),
            named("github").namespaceRequired().lowercase(NAMESPACE, NAME),
            named("golang").namespaceRequired(),
            named("hackage").noNamespace(),
            named("hex").lowercase(NAMESPACE, NAME),
            named("huggingface").namespaceRequired().lowercase(VERSION),
            named("julia").noNamespace().requireQualifier("uuid"),
            named("luarocks").lowercase(NAMESPACE, NAME),
            named("maven").namespaceRequired(),
            named("mlflow").noNamespace().rule(PurlTypes::mlflowDatabricksName),
            named("npm"),
            named("nuget").noNamespace().identity(name -> name.toLowerCase(Locale.ROOT)),
            named("oci").noNamespace().lowercase(NAME, VERSION),
            named("opam").noNamespace(),
            named("otp").noNamespace().lowercase(NAME, SUBPATH),
            named("pub").noNamespace().lowercase(NAME).rule(PurlTypes::pubUnderscores).permitted(NAME, "^[a-z0-9_]"),
            named("pypi").noNamespace().lowercase(NAME, VERSION).rule(PurlTypes::pypiDashes)
                    .identity(PurlTypes::pep503),
            named("qpkg").namespaceRequired().lowercase(NAMESPACE),
            named("rpm").namespaceRequired().lowercase(NAMESPACE),
            named("swid").requireQualifier("tag_id").rule(PurlTypes::swidCreatorAndTagId),
            named("swift").namespaceRequired(),
            named("vcpkg").noNamespace(),
            named("vscode-extension").namespaceRequired().lowercase(NAMESPACE, NAME, VERSION),
            named("yocto").lowercase(NAMESPACE)
    ).collect(Collectors.toUnmodifiableMap(PurlType::name, Function.identity()));

    private PurlTypes() {
    }

    /** The rules for a lowercase type name; an unregistered type gets the generic rules only. */
    static PurlType forType(String type) {
        PurlType registered = REGISTERED.get(type);
        return registered != null ? registered : named(type);
    }

    static boolean isRegistered(String type) {
        return REGISTERED.containsKey(type);
    }

    static Map<String, PurlType> registered() {
        return REGISTERED;
    }

    /** pypi: "a PyPI package name shall be lowercased and underscore _ replaced with a dash -". */
    private static void pypiDashes(PurlDraft d) {
        d.name = d.name.replace('_', '-');
    }

    /** PEP 503: runs of '-', '_' and '.' are one separator, so {@code zope.interface} is {@code zope-interface}. */
    private static String pep503(String name) {
        StringBuilder b = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean separator = c == '-' || c == '_' || c == '.';
            if (b == null && (c == '_' || c == '.' || (c == '-' && i + 1 < name.length() && isPep503Separator(name.charAt(i + 1))))) {
                b = new StringBuilder(name.length()).append(name, 0, i);
            }
            if (b != null) {
                if (!separator) {
                    b.append(c);
                } else if (b.length() == 0 || b.charAt(b.length() - 1) != '-') {
                    b.append('-');
                }
            }
        }
        return b == null ? name : b.toString();
    }

    private static boolean isPep503Separator(char c) {
        return c == '-' || c == '_' || c == '.';
    }

    /** pub: names are lowercase with underscores; anything outside [a-z0-9_] becomes '_'. */
    private static void pubUnderscores(PurlDraft d) {
        StringBuilder b = null;
        for (int i = 0; i < d.name.length(); i++) {
            char c = d.name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                if (b == null) {
                    b = new StringBuilder(d.name);
                }
                b.setCharAt(i, '_');
            }
        }
        if (b != null) {
            d.name = b.toString();
        }
    }

    /** mlflow: a model on Databricks is case-insensitive and lowercased; elsewhere (Azure ML) kept. */
    private static void mlflowDatabricksName(PurlDraft d) {
        String repository = d.qualifier("repository_url");
        if (repository != null && repository.toLowerCase(Locale.ROOT).contains("databricks")) {
            d.name = d.name.toLowerCase(Locale.ROOT);
        }
    }

    /** cocoapods: a pod name has no whitespace, no '+', and does not begin with '.'. */
    private static void cocoapodsName(PurlDraft d) {
        if (d.name.startsWith(".") || d.name.indexOf('+') >= 0 || d.name.chars().anyMatch(Character::isWhitespace)) {
            throw d.invalid("a cocoapods name has no whitespace or '+' and does not begin with '.'");
        }
    }

    /** cpan: the namespace is an uppercase CPAN author id; a distribution name never contains "::". */
    private static void cpanAuthorAndDistribution(PurlDraft d) {
        if (d.name.contains("::")) {
            throw d.invalid("a cpan name is a distribution name and does not contain \"::\" (use '-')");
        }
        if (d.namespace != null) {
            d.namespace = d.namespace.toUpperCase(Locale.ROOT);
        }
    }

    /** swid: at most two namespace segments (creator name, regid); a GUID tag_id is lowercase. */
    private static void swidCreatorAndTagId(PurlDraft d) {
        if (d.namespace != null && d.namespace.indexOf('/') != d.namespace.lastIndexOf('/')) {
            throw d.invalid("a swid namespace has at most two segments, found " + Quoted.shortened(d.namespace));
        }
        String tagId = d.qualifier("tag_id");
        if (tagId != null && GUID.matcher(tagId).matches()) {
            d.qualifiers.put("tag_id", tagId.toLowerCase(Locale.ROOT));
        }
    }
}
