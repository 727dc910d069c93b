package org.medvigil.app.findings;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.medvigil.core.risk.HarmSeverity;
import org.medvigil.core.risk.RiskDetermination;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Assessments, kept forever (a new one supersedes, never overwrites). Which one applies to a
 * finding: the latest made for its release, else the latest made for all releases, among those
 * of its component version whose vulnerability ids overlap the finding's.
 */
@Repository
class AssessmentRepository {
    private final JdbcClient jdbc;
    private final JsonText json;
    private final RowMapper<AssessmentView> mapper;

    /** The assessment that applies to a finding, as the finding row caches it. */
    record Effective(long id, String state, String justification, Long releaseId) {
    }

    /** What an assessment is about and where it applies. */
    record Subject(long findingId, String identity, String vulnerabilityId, Set<String> vulnerabilityIds, Long releaseId) {
    }

    AssessmentRepository(JdbcClient jdbc, JsonText json) {
        this.jdbc = jdbc;
        this.json = json;
        this.mapper = (rs, n) -> {
            String determination = rs.getString("determination");
            String matrix = rs.getString("matrix_determination");
            return new AssessmentView(rs.getLong("id"), rs.getLong("finding_id"),
                    rs.getString("component_identity"), rs.getString("vulnerability_id"),
                    json.strings(rs.getString("vulnerability_ids")), rs.getObject("release_id", Long.class),
                    AnalysisState.ofCode(rs.getString("state")), Justification.ofCode(rs.getString("justification")),
                    json.strings(rs.getString("responses")).stream()
                            .map(s -> VexResponse.valueOf(s.toUpperCase(Locale.ROOT))).toList(),
                    rs.getString("detail"), rs.getString("rubric_answers"), json.strings(rs.getString("cvss_vectors")),
                    rs.getBoolean("worst_case"), rs.getBoolean("kev"), rs.getObject("epss", Double.class),
                    rs.getString("exploitability"), rs.getString("harm_severity"), determination, matrix,
                    determination != null && matrix != null && !determination.equals(matrix),
                    rs.getString("determination_reason"), json.strings(rs.getString("explanation")),
                    rs.getString("rationale"), rs.getString("assessor"), DbTime.instant(rs, "assessed_at"));
        };
    }

    long insert(Subject s, AssessmentForm f, Optional<RiskDetermination> d, String assessor, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO assessment (finding_id, component_identity, vulnerability_id, vulnerability_ids, release_id, "
                        + "state, justification, responses, detail, rubric_answers, cvss_vectors, worst_case, kev, epss, "
                        + "exploitability, harm_severity, determination, matrix_determination, determination_reason, "
                        + "explanation, rationale, assessor, assessed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.findingId(), s.identity(), s.vulnerabilityId(),
                        json.write(s.vulnerabilityIds().stream().sorted().toList()), s.releaseId(),
                        f.state().code(), f.justification() == null ? null : f.justification().code(),
                        json.write(f.responses() == null ? List.of() : f.responses()), f.detail(), f.rubricAnswers(),
                        json.write(f.cvssVectors() == null ? List.of() : f.cvssVectors()),
                        Boolean.TRUE.equals(f.worstCase()), Boolean.TRUE.equals(f.kev()), f.epss(),
                        d.map(x -> x.exploitability().label()).orElse(null),
                        f.harmSeverity() == null ? null : HarmSeverity.parse(f.harmSeverity()).label(),
                        d.map(x -> x.status().label()).orElse(null),
                        d.map(x -> x.matrixStatus().label()).orElse(null),
                        d.map(RiskDetermination::reason).orElse(null),
                        json.write(d.map(RiskDetermination::explanation).orElse(List.of())),
                        f.rationale(), assessor, DbTime.of(now))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    Optional<AssessmentView> find(long id) {
        return jdbc.sql("SELECT * FROM assessment WHERE id = ?").param(id).query(mapper).optional();
    }

    /** Every assessment that concerns a finding (its release's and all-release ones), newest first. */
    List<AssessmentView> concerning(String identity, long releaseId, Set<String> ids) {
        return jdbc.sql("SELECT * FROM assessment WHERE component_identity = ? AND (release_id IS NULL OR release_id = ?) "
                        + "ORDER BY id DESC").params(identity, releaseId)
                .query(mapper).list().stream()
                .filter(a -> !Collections.disjoint(a.vulnerabilityIds(), ids))
                .toList();
    }

    Optional<Effective> effective(String identity, long releaseId, Set<String> ids) {
        List<AssessmentView> all = concerning(identity, releaseId, ids);
        return all.stream().filter(a -> a.releaseId() != null).findFirst()
                .or(() -> all.stream().filter(a -> a.releaseId() == null).findFirst())
                .map(a -> new Effective(a.id(), a.state().code(),
                        a.justification() == null ? null : a.justification().code(), a.releaseId()));
    }
}
