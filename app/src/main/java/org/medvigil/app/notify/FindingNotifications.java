package org.medvigil.app.notify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medvigil.app.findings.FindingChanges;
import org.medvigil.app.findings.FindingsListener;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns what happens to findings and cases into notifications: a new finding (from an SBOM
 * upload, an advisory import or a feed sync), a finding whose CVE CISA just listed as known
 * exploited, and the deadlines of uncontrolled-risk cases.
 */
@Component
class FindingNotifications implements FindingsListener {
    private static final int CHUNK = 500;

    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final JsonText json;

    FindingNotifications(Notifications notifications, JdbcClient jdbc, JsonText json) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void findingsChanged(FindingChanges changes) {
        for (Map<String, Object> f : describe(changes.created())) {
            notifications.publish(EventType.FINDING_NEW, "finding.new:" + f.get("findingId"), (Long) f.get("productId"), f);
        }
    }

    @Override
    public void kevListed(List<Long> findingIds, Set<String> cves) {
        for (Map<String, Object> f : describe(findingIds)) {
            if (f.get("kev") instanceof Map<?, ?> kev && Boolean.TRUE.equals(kev.get("listed"))) {
                notifications.publish(EventType.FINDING_KEV, "finding.kev:" + f.get("findingId") + ":" + kev.get("cve"),
                        (Long) f.get("productId"), f);
            }
        }
    }

    @EventListener
    void caseDeadline(CaseDeadlineEvent e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", e.caseId());
        data.put("productId", e.productId());
        data.put("findingId", e.findingId());
        data.put("vulnerabilityId", e.vulnerabilityId());
        data.put("clock", e.clock());
        data.put("deadline", e.deadline() == null ? null : e.deadline().toString());
        data.put("daysLeft", e.daysLeft());
        data.put("title", e.title());
        EventType type = e.missed() ? EventType.CASE_DEADLINE_MISSED : EventType.CASE_DEADLINE_APPROACHING;
        notifications.publish(type, type.code() + ":" + e.caseId() + ":" + e.clock() + ":" + e.deadline(), e.productId(), data);
    }

    /** What a message says about each finding: product, release, component, vulnerability, severity, threat signals. */
    private List<Map<String, Object>> describe(List<Long> ids) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            out.addAll(jdbc.sql("SELECT f.id, f.vulnerability_id, f.aliases, f.summary, f.severity, f.first_detected_at, "
                            + "f.kev_cve, f.epss, f.source, r.id AS release_id, r.version, p.id AS product_id, p.name AS product_name, "
                            + "c.name AS component_name, c.version AS component_version, c.purl, k.due_date "
                            + "FROM finding f JOIN product_release r ON r.id = f.release_id JOIN product p ON p.id = r.product_id "
                            + "JOIN component c ON c.id = f.component_id LEFT JOIN kev_entry k ON k.cve_id = f.kev_cve "
                            + "WHERE f.id IN (" + marks + ") ORDER BY f.id")
                    .params(new ArrayList<Object>(chunk))
                    .query((rs, n) -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("findingId", rs.getLong("id"));
                        m.put("productId", rs.getLong("product_id"));
                        m.put("product", rs.getString("product_name"));
                        m.put("releaseId", rs.getLong("release_id"));
                        m.put("release", rs.getString("version"));
                        Map<String, Object> c = new LinkedHashMap<>();
                        c.put("name", rs.getString("component_name"));
                        c.put("version", rs.getString("component_version"));
                        c.put("purl", rs.getString("purl"));
                        m.put("component", c);
                        Map<String, Object> v = new LinkedHashMap<>();
                        v.put("id", rs.getString("vulnerability_id"));
                        v.put("aliases", json.strings(rs.getString("aliases")));
                        v.put("summary", rs.getString("summary"));
                        m.put("vulnerability", v);
                        m.put("severity", rs.getString("severity"));
                        m.put("source", rs.getString("source"));
                        m.put("firstDetectedAt", String.valueOf(DbTime.instant(rs, "first_detected_at")));
                        Map<String, Object> kev = new LinkedHashMap<>();
                        kev.put("listed", rs.getString("kev_cve") != null);
                        kev.put("cve", rs.getString("kev_cve"));
                        kev.put("dueDate", rs.getObject("due_date") == null ? null : String.valueOf(DbTime.date(rs, "due_date")));
                        m.put("kev", kev);
                        m.put("epss", rs.getObject("epss") == null ? null : rs.getDouble("epss"));
                        return m;
                    }).list());
        }
        return out;
    }
}
