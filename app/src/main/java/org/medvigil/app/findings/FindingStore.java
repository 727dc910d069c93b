package org.medvigil.app.findings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.medvigil.core.report.CvssRating;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The write side of findings: what matching inserts and updates. */
@Repository
class FindingStore {
    private final JdbcClient jdbc;
    private final JsonText json;
    private final FindingThreats threats;
    private final RowMapper<StoredFinding> mapper;

    FindingStore(JdbcClient jdbc, JsonText json, FindingThreats threats) {
        this.jdbc = jdbc;
        this.json = json;
        this.threats = threats;
        this.mapper = (rs, n) -> new StoredFinding(rs.getLong("id"), rs.getString("component_identity"),
                rs.getString("vulnerability_id"), json.strings(rs.getString("aliases")), rs.getBoolean("present"));
    }

    List<StoredFinding> ofRelease(long releaseId) {
        return jdbc.sql("SELECT id, component_identity, vulnerability_id, aliases, present FROM finding "
                + "WHERE release_id = ? ORDER BY id").param(releaseId).query(mapper).list();
    }

    List<StoredFinding> ofComponent(long releaseId, String identity) {
        return jdbc.sql("SELECT id, component_identity, vulnerability_id, aliases, present FROM finding "
                + "WHERE release_id = ? AND component_identity = ? ORDER BY id").params(releaseId, identity)
                .query(mapper).list();
    }

    long insert(long releaseId, long componentId, String identity, MatchRecord m, Instant now,
                AssessmentRepository.Effective assessment) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO finding (release_id, component_id, component_identity, vulnerability_id, aliases, summary, "
                        + "source, match_rule, reason, certain, fixed_versions, severity, cvss, first_detected_at, "
                        + "last_matched_at, present, state, justification, assessment_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?)")
                .params(releaseId, componentId, identity, m.vulnerabilityId(), json.write(m.aliases()), m.summary(),
                        m.source(), m.rule(), m.reason(), m.certain(), json.write(m.fixedVersions()), m.rating().label(),
                        cvss(m.cvss()), DbTime.of(now), DbTime.of(now),
                        assessment == null ? AnalysisState.IN_TRIAGE.code() : assessment.state(),
                        assessment == null ? null : assessment.justification(),
                        assessment == null ? null : assessment.id())
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        threats.matched(id, m.vulnerabilityId(), m.aliases());
        return id;
    }

    void updateMatch(long id, long componentId, MatchRecord m, Instant now) {
        jdbc.sql("UPDATE finding SET component_id = ?, vulnerability_id = ?, aliases = ?, summary = ?, source = ?, "
                        + "match_rule = ?, reason = ?, certain = ?, fixed_versions = ?, severity = ?, cvss = ?, "
                        + "last_matched_at = ?, present = TRUE WHERE id = ?")
                .params(componentId, m.vulnerabilityId(), json.write(m.aliases()), m.summary(), m.source(), m.rule(),
                        m.reason(), m.certain(), json.write(m.fixedVersions()), m.rating().label(), cvss(m.cvss()),
                        DbTime.of(now), id)
                .update();
        threats.matched(id, m.vulnerabilityId(), m.aliases());
    }

    void markGone(long id) {
        jdbc.sql("UPDATE finding SET present = FALSE WHERE id = ?").param(id).update();
    }

    private String cvss(List<CvssRating> ratings) {
        return json.write(ratings.stream().map(r -> Map.of("version", r.version(), "vector", r.vector(),
                "score", r.score(), "rating", r.rating().label())).toList());
    }
}
