package org.medvigil.app.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.medvigil.app.findings.AffectedView;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The findings, releases and deployed units behind cases, read with cases' own SQL (the findings
 * package's tables are read, never written, here).
 */
@Repository
class CaseFindings {
    private static final String SELECT = "SELECT f.id, f.release_id, r.version AS release_version, r.product_id, "
            + "c.name AS component_name, c.version AS component_version, f.component_identity, f.vulnerability_id, "
            + "f.aliases, f.summary, f.source, f.reason, f.severity, f.first_detected_at, f.present, f.state, "
            + "a.id AS assessment_id, a.determination, a.exploitability, a.harm_severity, a.rationale, a.assessor, "
            + "a.assessed_at FROM finding f JOIN product_release r ON r.id = f.release_id "
            + "JOIN component c ON c.id = f.component_id LEFT JOIN assessment a ON a.id = f.assessment_id";

    private final JdbcClient jdbc;
    private final JsonText json;

    CaseFindings(JdbcClient jdbc, JsonText json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<CaseFinding> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.sql(SELECT + " WHERE f.id IN (" + in + ") ORDER BY f.id").query(this::map).list();
    }

    /** Every finding of a product (all releases, gone ones included), oldest first. */
    List<CaseFinding> ofProduct(long productId) {
        return jdbc.sql(SELECT + " WHERE r.product_id = ? ORDER BY f.first_detected_at, f.id").param(productId)
                .query(this::map).list();
    }

    /** The product's findings of one vulnerability: those whose ids overlap {@code ids}. */
    List<CaseFinding> ofVulnerability(long productId, Collection<String> ids) {
        return ofProduct(productId).stream().filter(f -> !Collections.disjoint(f.ids(), ids)).toList();
    }

    /** Present findings of other products whose ids overlap (PM-22(5): other devices with the same vulnerability). */
    List<CaseFinding> ofOtherProducts(long productId, Collection<String> ids) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        params.add(productId);
        for (String id : ids) {
            // Aliases are a JSON array of strings: match the quoted id, with LIKE's wildcards escaped.
            conditions.add("f.vulnerability_id = ? OR f.aliases LIKE ? ESCAPE '!'");
            params.add(id);
            params.add("%\"" + id.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "\"%");
        }
        return jdbc.sql(SELECT + " WHERE r.product_id <> ? AND f.present = TRUE AND (" + String.join(" OR ", conditions)
                        + ") ORDER BY r.product_id, f.release_id").params(params).query(this::map).list().stream()
                .filter(f -> !Collections.disjoint(f.ids(), ids)).toList();
    }

    /** One query: the deployed units of these releases, with their sites and customers. */
    List<AffectedView.Unit> units(Set<Long> releaseIds) {
        if (releaseIds.isEmpty()) {
            return List.of();
        }
        String in = releaseIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.sql("SELECT cu.id AS customer_id, cu.name AS customer_name, s.id AS site_id, s.name AS site_name, "
                        + "d.id AS deployment_id, d.serial_number, d.udi, d.installed_since FROM deployment d "
                        + "JOIN site s ON s.id = d.site_id JOIN customer cu ON cu.id = s.customer_id "
                        + "WHERE d.release_id IN (" + in + ") ORDER BY cu.name, s.name, d.serial_number, d.id")
                .query((rs, n) -> new AffectedView.Unit(rs.getLong("customer_id"), rs.getString("customer_name"),
                        rs.getLong("site_id"), rs.getString("site_name"), rs.getLong("deployment_id"),
                        rs.getString("serial_number"), rs.getString("udi"), DbTime.date(rs, "installed_since")))
                .list();
    }

    /** A release and its product, for checking that a remediation release belongs to the case's product. */
    record ReleaseRef(long id, long productId, String version) {
    }

    Optional<ReleaseRef> release(long id) {
        return jdbc.sql("SELECT id, product_id, version FROM product_release WHERE id = ?").param(id)
                .query((rs, n) -> new ReleaseRef(rs.getLong("id"), rs.getLong("product_id"), rs.getString("version")))
                .optional();
    }

    /** A product as reports need it. */
    record ProductRef(long id, String name, String pathway, String submissionNumber) {
    }

    Optional<ProductRef> product(long id) {
        return jdbc.sql("SELECT id, name, pathway, submission_number FROM product WHERE id = ?").param(id)
                .query((rs, n) -> new ProductRef(rs.getLong("id"), rs.getString("name"), rs.getString("pathway"),
                        rs.getString("submission_number")))
                .optional();
    }

    /**
     * A release of a product, in release order.
     *
     * @param releasedOn the release date, else the day it was created
     * @param described  it has an SBOM, so the absence of a finding means something
     */
    record ProductRelease(long id, String version, LocalDate releasedOn, boolean described) {
    }

    /** The product's releases, oldest first. */
    List<ProductRelease> releases(long productId) {
        return jdbc.sql("SELECT id, version, release_date, created_at, current_sbom_id FROM product_release "
                        + "WHERE product_id = ? ORDER BY id").param(productId)
                .query((rs, n) -> {
                    LocalDate date = DbTime.date(rs, "release_date");
                    if (date == null) {
                        date = LocalDate.ofInstant(DbTime.instant(rs, "created_at"), ZoneOffset.UTC);
                    }
                    return new ProductRelease(rs.getLong("id"), rs.getString("version"), date,
                            rs.getObject("current_sbom_id") != null);
                })
                .list().stream()
                .sorted(Comparator.comparing(ProductRelease::releasedOn).thenComparing(ProductRelease::id))
                .toList();
    }

    private CaseFinding map(ResultSet rs, int n) throws SQLException {
        return new CaseFinding(rs.getLong("id"), rs.getLong("product_id"), rs.getLong("release_id"),
                rs.getString("release_version"), rs.getString("component_name"), rs.getString("component_version"),
                rs.getString("component_identity"), rs.getString("vulnerability_id"), json.strings(rs.getString("aliases")),
                rs.getString("summary"), rs.getString("source"), rs.getString("reason"), rs.getString("severity"),
                DbTime.instant(rs, "first_detected_at"), rs.getBoolean("present"), rs.getString("state"),
                rs.getString("determination"), rs.getObject("assessment_id", Long.class), rs.getString("exploitability"),
                rs.getString("harm_severity"), rs.getString("rationale"), rs.getString("assessor"),
                DbTime.instant(rs, "assessed_at"));
    }
}
