package org.medvigil.app.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class SbomRepository {
    private static final String COLUMNS = "s.id, s.release_id, s.revision, s.file_name, s.media_type, s.format, "
            + "s.serial_number, s.sha256, s.size_bytes, s.component_count, s.warnings, s.uploaded_at, s.uploaded_by, "
            + "CASE WHEN r.current_sbom_id = s.id THEN TRUE ELSE FALSE END AS is_current";
    private static final String FROM = " FROM sbom_document s JOIN product_release r ON r.id = s.release_id";

    private final JdbcClient jdbc;
    private final RowMapper<SbomDocumentView> mapper;

    SbomRepository(JdbcClient jdbc, JsonText json) {
        this.jdbc = jdbc;
        this.mapper = (rs, n) -> new SbomDocumentView(rs.getLong("id"), rs.getLong("release_id"), rs.getInt("revision"),
                rs.getString("file_name"), rs.getString("media_type"), rs.getString("format"),
                rs.getString("serial_number"), rs.getString("sha256"), rs.getLong("size_bytes"),
                rs.getInt("component_count"), json.strings(rs.getString("warnings")), DbTime.instant(rs, "uploaded_at"),
                rs.getString("uploaded_by"), rs.getBoolean("is_current"));
    }

    int nextRevision(long releaseId) {
        return jdbc.sql("SELECT COALESCE(MAX(revision), 0) + 1 FROM sbom_document WHERE release_id = ?")
                .param(releaseId).query(Integer.class).single();
    }

    record NewDocument(long releaseId, int revision, String fileName, String mediaType, String format, String serialNumber,
                       String sha256, byte[] content, int componentCount, String warnings, Instant uploadedAt,
                       String uploadedBy) {
    }

    long insert(NewDocument d) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sbom_document (release_id, revision, file_name, media_type, format, serial_number, sha256, "
                        + "size_bytes, content, component_count, warnings, uploaded_at, uploaded_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.releaseId(), d.revision(), d.fileName(), d.mediaType(), d.format(), d.serialNumber(), d.sha256(),
                        (long) d.content().length, d.content(), d.componentCount(), d.warnings(),
                        DbTime.of(d.uploadedAt()), d.uploadedBy())
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    List<SbomDocumentView> ofRelease(long releaseId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE s.release_id = ? ORDER BY s.revision").param(releaseId)
                .query(mapper).list();
    }

    Optional<SbomDocumentView> find(long releaseId, int revision) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE s.release_id = ? AND s.revision = ?")
                .params(releaseId, revision).query(mapper).optional();
    }

    Optional<SbomDocumentView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE s.id = ?").param(id).query(mapper).optional();
    }

    Optional<byte[]> content(long releaseId, int revision) {
        return jdbc.sql("SELECT content FROM sbom_document WHERE release_id = ? AND revision = ?")
                .params(releaseId, revision).query((rs, n) -> rs.getBytes(1)).optional();
    }
}
