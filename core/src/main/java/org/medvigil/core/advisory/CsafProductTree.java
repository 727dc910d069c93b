package org.medvigil.core.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.advisory.PackageSelector.ByCpe;
import org.medvigil.core.advisory.PackageSelector.ByPackage;
import org.medvigil.core.advisory.PackageSelector.ByProductName;
import org.medvigil.core.purl.Cpe;
import org.medvigil.core.purl.Purl;
import org.medvigil.core.version.AllVersions;
import org.medvigil.core.version.ExactVersions;
import org.medvigil.core.version.UnevaluableRange;
import org.medvigil.core.version.VersionRange;
import org.medvigil.core.version.VersionSchemes;

/**
 * The products of a CSAF {@code product_tree}, by product id: what each one is (selector) and
 * which of its versions (range).
 * <ul>
 *   <li>Selector: the {@code purl} helper (package key), else a {@code cpe} helper that parses,
 *       else vendor (branch category {@code vendor}) and product name (category
 *       {@code product_name}, else {@code product_family}, else the full product name without
 *       vendor and version).</li>
 *   <li>Version: the purl's version (exact, in the purl type's scheme, with an {@code epoch}
 *       qualifier as {@code epoch:version}); else {@code product_version_range} and
 *       {@code product_version} through {@link NativeVersionStatement}; a {@code service_pack}
 *       or {@code patch_level} below a product version is the release itself (Cisco writes
 *       train 12.2SE, release 12.2(55)SE). A product named without any version is every version;
 *       a bare {@code full_product_names} entry (version inside the name) cannot be evaluated.</li>
 *   <li>Relationships ({@code installed_on}, {@code default_component_of}, ...): the product is
 *       the component ({@code product_reference}); the platform it relates to becomes the
 *       condition.</li>
 * </ul>
 */
final class CsafProductTree {
    private static final int MAX_CHAIN = 16;

    /**
     * One product.
     *
     * @param exactVersion the one exact version when the product has one, for "fixed" lists
     */
    record Product(String id, String name, PackageSelector selector, VersionRange range, String exactVersion,
                   String condition) {
    }

    private final Map<String, Product> products = new HashMap<>();
    private final Map<String, JsonNode> relationships = new HashMap<>();
    private final NativeVersionStatement statements;
    private final VersionSchemes schemes;

    private CsafProductTree(NativeVersionStatement statements, VersionSchemes schemes) {
        this.statements = statements;
        this.schemes = schemes;
    }

    static CsafProductTree of(JsonNode productTree, NativeVersionStatement statements, VersionSchemes schemes) {
        CsafProductTree tree = new CsafProductTree(statements, schemes);
        for (JsonNode b : Fields.array(productTree, "branches")) {
            tree.branch(b, new Context(null, null, null, null, null, null));
        }
        for (JsonNode fpn : Fields.array(productTree, "full_product_names")) {
            tree.add(fpn, new Context(null, null, null, null, null, null));
        }
        for (JsonNode r : Fields.array(productTree, "relationships")) {
            String id = Fields.text(Fields.object(r, "full_product_name"), "product_id");
            if (id != null) {
                tree.relationships.put(id, r);
            }
        }
        return tree;
    }

    /** The product with this id, resolving relationships; empty when the id is not defined. */
    Optional<Product> product(String id) {
        return Optional.ofNullable(resolve(id, 0));
    }

    private Product resolve(String id, int depth) {
        Product p = products.get(id);
        if (p != null || depth > MAX_CHAIN) {
            return p;
        }
        JsonNode r = relationships.get(id);
        if (r == null) {
            return null;
        }
        Product component = resolve(Fields.text(r, "product_reference"), depth + 1);
        if (component == null) {
            return null;
        }
        String platformId = Fields.text(r, "relates_to_product_reference");
        Product platform = platformId == null ? null : resolve(platformId, depth + 1);
        String platformName = platform != null ? platform.name() : platformId;
        String relation = relation(Fields.text(r, "category"));
        String condition = platformName == null ? null : relation + " " + platformName;
        if (component.condition() != null && condition != null) {
            condition = component.condition() + ", " + condition;
        }
        String name = Fields.text(Fields.object(r, "full_product_name"), "name");
        Product resolved = new Product(id, name != null ? name : component.name(), component.selector(), component.range(),
                component.exactVersion(), condition);
        products.put(id, resolved);
        return resolved;
    }

    private static String relation(String category) {
        if (category == null) {
            return "related to";
        }
        return switch (category) {
            case "default_component_of" -> "as a component of";
            case "external_component_of" -> "as an external component of";
            case "optional_component_of" -> "as an optional component of";
            case "installed_on" -> "installed on";
            case "installed_with" -> "installed with";
            default -> category.replace('_', ' ');
        };
    }

    /** What the branches above a product say about it. */
    private record Context(String vendor, String productName, String family, String version, String range,
                           String release) {
        Context with(String category, String name) {
            return switch (category == null ? "" : category) {
                case "vendor" -> new Context(name, productName, family, version, range, release);
                case "product_name" -> new Context(vendor, name, family, version, range, release);
                case "product_family" -> new Context(vendor, productName, name, version, range, release);
                case "product_version" -> new Context(vendor, productName, family, name, range, release);
                case "product_version_range" -> new Context(vendor, productName, family, version, name, release);
                case "service_pack", "patch_level" -> new Context(vendor, productName, family, version, range, name);
                default -> this; // architecture, language, host_name, legacy, specification
            };
        }
    }

    private void branch(JsonNode b, Context above) {
        Context here = above.with(Fields.text(b, "category"), Fields.text(b, "name"));
        JsonNode product = Fields.object(b, "product");
        if (product != null) {
            add(product, here);
        }
        for (JsonNode child : Fields.array(b, "branches")) {
            branch(child, here);
        }
    }

    private void add(JsonNode product, Context c) {
        String id = Fields.text(product, "product_id");
        if (id == null) {
            return;
        }
        String name = Fields.text(product, "name");
        JsonNode helper = Fields.object(product, "product_identification_helper");
        String version = c.release() != null ? c.release() : c.version();
        Product p = fromPurl(id, name, Fields.text(helper, "purl"), version);
        if (p == null) {
            PackageSelector selector = cpeSelector(Fields.text(helper, "cpe"));
            if (selector == null) {
                selector = new ByProductName(c.vendor(), productName(c, name, version));
            }
            VersionRange range;
            if (c.range() != null) {
                range = statements.range(c.range());
            } else if (version != null) {
                range = statements.productVersion(version);
            } else if (c.productName() != null || c.family() != null || c.vendor() != null) {
                range = new AllVersions("all versions (" + (name != null ? name : id) + " is named without a version)");
            } else {
                range = new UnevaluableRange(name != null ? name : id, "the version is not stated apart from the product name");
            }
            p = new Product(id, name, selector, range, exact(range), null);
        }
        products.put(id, p);
    }

    private Product fromPurl(String id, String name, String purlText, String branchVersion) {
        if (purlText == null) {
            return null;
        }
        Purl purl;
        try {
            purl = Purl.parse(purlText);
        } catch (InvalidInputException | IllegalArgumentException e) {
            return null; // a malformed helper: fall back to CPE or names
        }
        PackageSelector selector = new ByPackage(purl.packageKey(), null);
        String version = purl.version();
        if (version != null) {
            String epoch = purl.qualifiers().get("epoch");
            version = epoch != null && !epoch.isBlank() && !version.contains(":") ? epoch + ":" + version : version;
        } else {
            version = branchVersion;
        }
        VersionRange range = version == null
                ? new AllVersions("all versions (" + purl.packageKey() + " without a version)")
                : new ExactVersions(schemes.byName(purl.type()).orElse(null), java.util.Set.of(version));
        return new Product(id, name, selector, range, version, null);
    }

    private static PackageSelector cpeSelector(String cpe) {
        if (cpe == null) {
            return null;
        }
        try {
            return new ByCpe(Cpe.parse(cpe));
        } catch (InvalidInputException | IllegalArgumentException e) {
            return null;
        }
    }

    /** product_name, else product_family, else the full name without the vendor in front and the version behind. */
    private static String productName(Context c, String fullName, String version) {
        if (c.productName() != null) {
            return c.productName();
        }
        if (c.family() != null) {
            return c.family();
        }
        String n = fullName == null ? "" : fullName.strip();
        if (version != null && n.endsWith(version)) {
            n = n.substring(0, n.length() - version.length()).strip();
        }
        if (c.vendor() != null && n.regionMatches(true, 0, c.vendor(), 0, c.vendor().length())) {
            n = n.substring(c.vendor().length()).strip();
        }
        return n.isEmpty() ? fullName : n;
    }

    private static String exact(VersionRange range) {
        return range instanceof ExactVersions e && e.versions().size() == 1 ? e.versions().iterator().next() : null;
    }
}
