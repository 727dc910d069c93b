package org.medvigil.app.findings;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
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

    AssessmentRepository(JdbcClient jdbc, JsonText json) {
        this.jdbc = jdbc;
        this.json = json;
        this.mapper = (rs, n) -> new AssessmentView(rs.getLong("id"), rs.getLong("finding_id"),
                rs.getString("component_identity"), rs.getString("vulnerability_id"),
                json.strings(rs.getString("vulnerability_ids")), rs.getObject("release_id", Long.class), AnalysisState.ofCode(rs.getString("state")),
                Justification.ofCode(rs.getString("justification")),
                json.strings(rs.getString("responses")).stream().map(s -> VexResponse.valueOf(upper(s))).toList(),
                rs.getString("detail"), json.stringMap(rs.getString("rubric_answers")),
                json.strings(rs.getString("cvss_vectors")), rs.getString("exploitability"),
                rs.getString("harm_severity") == null ? null : HarmSeverity.valueOf(upper(rs.getString("harm_severity"))),
                rs.getString("determination") == null ? null : Determination.valueOf(upper(rs.getString("determination"))),
                rs.getString("rationale"), rs.getString("assessor"), DbTime.instant(rs, "assessed_at"));
    }

    long insert(long findingId, String identity, String vulnerabilityId, Set<String> vulnerabilityIds, Long releaseId,
                AssessmentForm f, String assessor, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO assessment (finding_id, component_identity, vulnerability_id, vulnerability_ids, release_id, "
                        + "state, justification, responses, detail, rubric_answers, cvss_vectors, exploitability, "
                        + "harm_severity, determination, rationale, assessor, assessed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(findingId, identity, vulnerabilityId, json.write(vulnerabilityIds.stream().sorted().toList()),
                        releaseId, f.state().code(), f.justification() == null ? null : f.justification().code(),
                        json.write(f.responses() == null ? List.of() : f.responses()), f.detail(),
                        json.write(f.rubricAnswers() == null ? java.util.Map.of() : f.rubricAnswers()),
                        json.write(f.cvssVectors() == null ? List.of() : f.cvssVectors()), f.exploitability(),
                        lower(f.harmSeverity()), lower(f.determination()), f.rationale(), assessor, DbTime.of(now))
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
                .filter(a -> overlaps(a, ids))
                .toList();
    }

    Optional<Effective> effective(String identity, long releaseId, Set<String> ids) {
        List<AssessmentView> all = concerning(identity, releaseId, ids);
        return all.stream().filter(a -> a.releaseId() != null).findFirst()
                .or(() -> all.stream().filter(a -> a.releaseId() == null).findFirst())
                .map(a -> new Effective(a.id(), a.state().code(),
                        a.justification() == null ? null : a.justification().code(), a.releaseId()));
    }

    private static boolean overlaps(AssessmentView a, Set<String> ids) {
        return !Collections.disjoint(a.vulnerabilityIds(), ids);
    }

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
