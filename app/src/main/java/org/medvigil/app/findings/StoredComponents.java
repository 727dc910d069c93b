package org.medvigil.app.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.purl.Cpe;
import org.medvigil.core.purl.Purl;
import org.medvigil.core.sbom.Component;
import org.medvigil.core.sbom.Inventory;
import org.medvigil.core.sbom.Support;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads every release's current components back as core {@link Component}s, to rebuild the
 * in-memory portfolio at startup (or when another node changed it). Purls and CPEs were valid
 * when stored; one that a newer parser rejects is dropped with a warning, not fatal.
 */
@Repository
class StoredComponents {
    private static final Logger LOG = LoggerFactory.getLogger(StoredComponents.class);

    private final JdbcClient jdbc;
    private final JsonText json;

    StoredComponents(JdbcClient jdbc, JsonText json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private record Row(long releaseId, long id, Component component) {
    }

    Map<Long, ReleaseInventory> loadCurrent() {
        List<Row> rows = jdbc.sql("SELECT c.* FROM component c JOIN product_release r ON r.current_sbom_id = c.sbom_document_id "
                        + "ORDER BY c.release_id, c.position")
                .query((rs, n) -> new Row(rs.getLong("release_id"), rs.getLong("id"), new Component(
                        rs.getString("bom_ref"), rs.getString("component_type"), rs.getString("supplier"),
                        rs.getString("manufacturer"), rs.getString("component_group"), rs.getString("name"),
                        rs.getString("version"), purl(rs.getString("purl")), cpes(rs.getString("cpes")),
                        json.stringMap(rs.getString("hashes")), json.strings(rs.getString("licenses")),
                        rs.getString("parent_ref"), new Support(rs.getString("support_level"), DbTime.date(rs, "end_of_support")),
                        json.stringMap(rs.getString("properties")))))
                .list();
        Map<Long, List<Row>> byRelease = new LinkedHashMap<>();
        for (Row r : rows) {
            byRelease.computeIfAbsent(r.releaseId(), k -> new ArrayList<>()).add(r);
        }
        Map<Long, ReleaseInventory> releases = new LinkedHashMap<>();
        byRelease.forEach((releaseId, list) -> releases.put(releaseId, new ReleaseInventory(releaseId,
                new Inventory("release " + releaseId, "stored", null, list.stream().map(Row::component).toList(), null, null),
                list.stream().map(Row::id).toList())));
        return releases;
    }

    private static Purl purl(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Purl.parse(s);
        } catch (InvalidInputException e) {
            LOG.warn("stored purl {} no longer parses ({}); matching that component without it", s, e.oneLine());
            return null;
        }
    }

    private List<Cpe> cpes(String text) {
        List<Cpe> cpes = new ArrayList<>();
        for (String s : json.strings(text)) {
            try {
                cpes.add(Cpe.parse(s));
            } catch (InvalidInputException e) {
                LOG.warn("stored CPE {} no longer parses ({}); matching that component without it", s, e.oneLine());
            }
        }
        return cpes;
    }
}
