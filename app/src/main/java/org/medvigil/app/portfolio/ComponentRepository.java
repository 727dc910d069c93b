package org.medvigil.app.portfolio;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.medvigil.app.findings.ComponentIdentity;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.medvigil.app.web.Paging;
import org.medvigil.core.purl.Cpe;
import org.medvigil.core.sbom.Component;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ComponentRepository {
    private static final String SELECT = "SELECT c.*, s.revision FROM component c JOIN sbom_document s ON s.id = c.sbom_document_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonText json;
    private final RowMapper<ComponentView> mapper;

    ComponentRepository(JdbcClient jdbc, JdbcTemplate template, JsonText json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
        this.mapper = (rs, n) -> new ComponentView(rs.getLong("id"), rs.getLong("release_id"), rs.getInt("revision"),
                rs.getString("bom_ref"), rs.getString("component_type"), rs.getString("name"), rs.getString("version"),
                rs.getString("purl"), json.strings(rs.getString("cpes")), rs.getString("supplier"),
                rs.getString("manufacturer"), rs.getString("component_group"), json.stringMap(rs.getString("hashes")),
                json.strings(rs.getString("licenses")), rs.getString("parent_ref"), rs.getString("identity"),
                new ComponentView.Support(rs.getString("support_level"), DbTime.date(rs, "end_of_support"),
                        rs.getString("support_note"), DbTime.instant(rs, "support_updated_at"),
                        rs.getString("support_updated_by")));
    }

    /** Stores every component of a document in one batch; returns their ids in the same order. */
    List<Long> insertAll(long documentId, long releaseId, List<Component> components) {
        template.batchUpdate("INSERT INTO component (sbom_document_id, release_id, position, bom_ref, component_type, name, "
                + "version, purl, cpes, supplier, manufacturer, component_group, hashes, licenses, parent_ref, properties, "
                + "identity, support_level, end_of_support) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Component c = components.get(i);
                        ps.setLong(1, documentId);
                        ps.setLong(2, releaseId);
                        ps.setInt(3, i);
                        ps.setString(4, c.bomRef());
                        ps.setString(5, c.type());
                        ps.setString(6, c.name());
                        ps.setString(7, c.version());
                        ps.setString(8, c.purl() == null ? null : c.purl().canonical());
                        ps.setString(9, json.write(c.cpes().stream().map(Cpe::toFormattedString).toList()));
                        ps.setString(10, c.supplier());
                        ps.setString(11, c.manufacturer());
                        ps.setString(12, c.group());
                        ps.setString(13, json.write(c.hashes()));
                        ps.setString(14, json.write(c.licenses()));
                        ps.setString(15, c.parentRef());
                        ps.setString(16, json.write(c.properties()));
                        ps.setString(17, ComponentIdentity.of(c));
                        ps.setString(18, c.support().level());
                        ps.setObject(19, c.support().endOfSupport());
                    }

                    @Override
                    public int getBatchSize() {
                        return components.size();
                    }
                });
        return jdbc.sql("SELECT id FROM component WHERE sbom_document_id = ? ORDER BY position").param(documentId)
                .query(Long.class).list();
    }

    List<ComponentView> page(long documentId, Paging paging) {
        return jdbc.sql(SELECT + " WHERE c.sbom_document_id = ? ORDER BY c.position LIMIT ? OFFSET ?")
                .params(documentId, paging.size(), paging.offset()).query(mapper).list();
    }

    long count(long documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM component WHERE sbom_document_id = ?").param(documentId)
                .query(Long.class).single();
    }

    Optional<ComponentView> find(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(mapper).optional();
    }

    void updateSupport(long id, SupportForm f, Instant now, String by) {
        jdbc.sql("UPDATE component SET support_level = ?, end_of_support = ?, support_note = ?, support_updated_at = ?, "
                        + "support_updated_by = ? WHERE id = ?")
                .params(blankToNull(f.level()), f.endOfSupport(), blankToNull(f.note()), DbTime.of(now), by, id).update();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
