package org.medvigil.app.findings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.medvigil.app.web.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** The read side of findings, with the customer scope applied in SQL. */
@Repository
class FindingQueries {
    private static final String SELECT = "SELECT f.*, r.version AS release_version, r.product_id, p.name AS product_name, "
            + "c.name AS component_name, c.version AS component_version, c.purl AS component_purl, "
            + "a.finding_id AS assessment_finding_id, a.release_id AS assessment_release_id, "
            + "k.date_added AS kev_date_added, k.due_date AS kev_due_date, k.required_action AS kev_required_action, "
            + "k.ransomware_use AS kev_ransomware "
            + "FROM finding f JOIN product_release r ON r.id = f.release_id JOIN product p ON p.id = r.product_id "
            + "JOIN component c ON c.id = f.component_id LEFT JOIN assessment a ON a.id = f.assessment_id "
            + "LEFT JOIN kev_entry k ON k.cve_id = f.kev_cve";
    private static final String SEVERITY_ORDER = "CASE f.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 "
            + "WHEN 'medium' THEN 2 WHEN 'low' THEN 3 WHEN 'unknown' THEN 4 ELSE 5 END";
    /** Releases a customer runs: the scope of everything it may see about findings. */
    private static final String CUSTOMER_RELEASES = "SELECT d.release_id FROM deployment d JOIN site s ON s.id = d.site_id "
            + "WHERE s.customer_id = ?";
    private static final TypeReference<List<FindingView.CvssView>> CVSS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonText json;
    private final RowMapper<FindingView> mapper = this::map;

    FindingQueries(JdbcClient jdbc, JsonText json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @param customerId confine to releases this customer runs, or null for staff
     */
    List<FindingView> page(FindingFilter filter, Long customerId, Paging paging) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> params = where(sql, filter, customerId);
        sql.append(" ORDER BY ").append(filter.sort().sql()).append(SEVERITY_ORDER).append(", f.id LIMIT ? OFFSET ?");
        params.add(paging.size());
        params.add(paging.offset());
        return jdbc.sql(sql.toString()).params(params).query(mapper).list();
    }

    long count(FindingFilter filter, Long customerId) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM finding f JOIN product_release r ON r.id = f.release_id");
        List<Object> params = where(sql, filter, customerId);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    Optional<FindingView> find(long id, Long customerId) {
        String sql = SELECT + " WHERE f.id = ?" + (customerId == null ? "" : " AND f.release_id IN (" + CUSTOMER_RELEASES + ")");
        List<Object> params = customerId == null ? List.of(id) : List.of(id, customerId);
        return jdbc.sql(sql).params(params).query(mapper).optional();
    }

    /** Findings of the same component version whose ids overlap: where an assessment of one may apply. */
    List<StoredFindingOfRelease> sameComponentVersion(String identity) {
        return jdbc.sql("SELECT id, release_id, vulnerability_id, aliases FROM finding WHERE component_identity = ?")
                .param(identity)
                .query((rs, n) -> new StoredFindingOfRelease(rs.getLong("id"), rs.getLong("release_id"),
                        rs.getString("vulnerability_id"), json.strings(rs.getString("aliases"))))
                .list();
    }

    record StoredFindingOfRelease(long id, long releaseId, String vulnerabilityId, List<String> aliases) {
    }

    /** The risk-acceptance matrix (JSON) of the product whose release the finding is in. */
    String productMatrix(long findingId) {
        return jdbc.sql("SELECT p.risk_acceptance_matrix FROM finding f JOIN product_release r ON r.id = f.release_id "
                + "JOIN product p ON p.id = r.product_id WHERE f.id = ?").param(findingId).query(String.class).single();
    }

    void applyAssessment(long findingId, AssessmentRepository.Effective effective) {
        jdbc.sql("UPDATE finding SET state = ?, justification = ?, assessment_id = ? WHERE id = ?")
                .params(effective.state(), effective.justification(), effective.id(), findingId).update();
    }

    /** One query: finding, its release's deployments, their sites and customers. */
    List<AffectedView.Unit> affectedUnits(long findingId, Long customerId) {
        String sql = "SELECT cu.id AS customer_id, cu.name AS customer_name, s.id AS site_id, s.name AS site_name, "
                + "d.id AS deployment_id, d.serial_number, d.udi, d.installed_since FROM finding f "
                + "JOIN deployment d ON d.release_id = f.release_id JOIN site s ON s.id = d.site_id "
                + "JOIN customer cu ON cu.id = s.customer_id WHERE f.id = ?"
                + (customerId == null ? "" : " AND cu.id = ?") + " ORDER BY cu.name, s.name, d.serial_number, d.id";
        List<Object> params = customerId == null ? List.of(findingId) : List.of(findingId, customerId);
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new AffectedView.Unit(rs.getLong("customer_id"), rs.getString("customer_name"),
                        rs.getLong("site_id"), rs.getString("site_name"), rs.getLong("deployment_id"),
                        rs.getString("serial_number"), rs.getString("udi"), DbTime.date(rs, "installed_since")))
                .list();
    }

    private static List<Object> where(StringBuilder sql, FindingFilter filter, Long customerId) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (customerId != null) {
            conditions.add("f.release_id IN (" + CUSTOMER_RELEASES + ")");
            params.add(customerId);
        }
        if (filter.productId() != null) {
            conditions.add("r.product_id = ?");
            params.add(filter.productId());
        }
        if (filter.releaseId() != null) {
            conditions.add("f.release_id = ?");
            params.add(filter.releaseId());
        }
        if (filter.state() != null) {
            conditions.add("f.state = ?");
            params.add(filter.state().code());
        }
        if (filter.vulnerability() != null) {
            // Aliases are a JSON array of strings: match the quoted id, with LIKE's wildcards escaped.
            conditions.add("(f.vulnerability_id = ? OR f.aliases LIKE ? ESCAPE '!')");
            params.add(filter.vulnerability());
            params.add("%\"" + filter.vulnerability().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "\"%");
        }
        if (filter.severity() != null) {
            conditions.add("f.severity = ?");
            params.add(filter.severity());
        }
        if (filter.certain() != null) {
            conditions.add("f.certain = ?");
            params.add(filter.certain());
        }
        if (filter.kev() != null) {
            conditions.add(filter.kev() ? "f.kev_cve IS NOT NULL" : "f.kev_cve IS NULL");
        }
        if (filter.minEpss() != null) {
            conditions.add("f.epss >= ?");
            params.add(filter.minEpss());
        }
        if (!filter.includeGone()) {
            conditions.add("f.present = TRUE");
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        return params;
    }

    /** Findings still matching whose state is in triage or exploitable, by severity rating. */
    Map<String, Long> openBySeverity(Long customerId) {
        String sql = "SELECT f.severity, COUNT(*) AS n FROM finding f WHERE f.present = TRUE "
                + "AND f.state IN ('in_triage', 'exploitable')"
                + (customerId == null ? "" : " AND f.release_id IN (" + CUSTOMER_RELEASES + ")") + " GROUP BY f.severity";
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).params(customerId == null ? List.of() : List.of(customerId))
                .query((rs, n) -> Map.entry(rs.getString("severity"), rs.getLong("n")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** The products and releases that have findings still matching (a customer: the releases it runs). */
    List<FindingFacet> facets(Long customerId) {
        String sql = "SELECT DISTINCT r.product_id, p.name AS product_name, r.id AS release_id, r.version "
                + "FROM finding f JOIN product_release r ON r.id = f.release_id JOIN product p ON p.id = r.product_id "
                + "WHERE f.present = TRUE" + (customerId == null ? "" : " AND f.release_id IN (" + CUSTOMER_RELEASES + ")")
                + " ORDER BY p.name, r.version, r.id";
        return jdbc.sql(sql).params(customerId == null ? List.of() : List.of(customerId))
                .query((rs, n) -> new FindingFacet(rs.getLong("product_id"), rs.getString("product_name"),
                        rs.getLong("release_id"), rs.getString("version")))
                .list();
    }

    /** The harm-severity scale (JSON) of the product whose release the finding is in. */
    String productHarmScale(long findingId) {
        return jdbc.sql("SELECT p.harm_severity_scale FROM finding f JOIN product_release r ON r.id = f.release_id "
                + "JOIN product p ON p.id = r.product_id WHERE f.id = ?").param(findingId).query(String.class).single();
    }

    private FindingView map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Long assessmentId = rs.getObject("assessment_id", Long.class);
        FindingView.AppliedAssessment applied = null;
        if (assessmentId != null) {
            long madeOn = rs.getLong("assessment_finding_id");
            applied = new FindingView.AppliedAssessment(assessmentId,
                    rs.getObject("assessment_release_id") == null ? AssessmentScope.ALL_RELEASES : AssessmentScope.THIS_RELEASE,
                    madeOn, madeOn != id);
        }
        String cvss = rs.getString("cvss");
        return new FindingView(id, rs.getLong("product_id"), rs.getString("product_name"), rs.getLong("release_id"),
                rs.getString("release_version"),
                new FindingView.ComponentRef(rs.getLong("component_id"), rs.getString("component_name"),
                        rs.getString("component_version"), rs.getString("component_purl"), rs.getString("component_identity")),
                new FindingView.VulnerabilityRef(rs.getString("vulnerability_id"), json.strings(rs.getString("aliases")),
                        rs.getString("summary")),
                new FindingView.Evidence(rs.getString("source"), rs.getString("match_rule"), rs.getString("reason"),
                        rs.getBoolean("certain"), json.strings(rs.getString("fixed_versions"))),
                new FindingView.SeverityView(rs.getString("severity"), cvss == null ? List.of() : json.read(cvss, CVSS)),
                DbTime.instant(rs, "first_detected_at"), DbTime.instant(rs, "last_matched_at"), rs.getBoolean("present"),
                AnalysisState.ofCode(rs.getString("state")), Justification.ofCode(rs.getString("justification")), applied,
                kev(rs), rs.getObject("epss") == null ? null
                        : new FindingView.EpssView(rs.getDouble("epss"), rs.getDouble("epss_percentile")));
    }

    private static FindingView.KevView kev(ResultSet rs) throws SQLException {
        String cve = rs.getString("kev_cve");
        if (cve == null) {
            return FindingView.KevView.NOT_LISTED;
        }
        return new FindingView.KevView(true, cve, DbTime.date(rs, "kev_date_added"), DbTime.date(rs, "kev_due_date"),
                rs.getString("kev_required_action"), rs.getString("kev_ransomware"));
    }
}
