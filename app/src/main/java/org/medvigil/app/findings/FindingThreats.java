package org.medvigil.app.findings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps each finding's threat signals (CISA KEV listing, FIRST EPSS score) in line with the
 * stored catalogues: when a finding is matched, and when the KEV or EPSS feed changes (the
 * feeds call {@link #refreshCves} or {@link #refreshAll}), so findings re-rank without being
 * matched again. A finding's signals are those of any of its CVE ids (primary id or alias).
 */
@Repository
public class FindingThreats {
    private static final String KEV = "(SELECT MIN(fc.cve_id) FROM finding_cve fc JOIN kev_entry k ON k.cve_id = fc.cve_id "
            + "WHERE fc.finding_id = finding.id)";
    private static final String EPSS = "(SELECT MAX(e.score) FROM finding_cve fc JOIN epss_score e ON e.cve_id = fc.cve_id "
            + "WHERE fc.finding_id = finding.id)";
    private static final String PERCENTILE = "(SELECT MAX(e.percentile) FROM finding_cve fc JOIN epss_score e "
            + "ON e.cve_id = fc.cve_id WHERE fc.finding_id = finding.id)";
    private static final String SET = "UPDATE finding SET kev_cve = " + KEV + ", epss = " + EPSS + ", epss_percentile = "
            + PERCENTILE;
    /** Bind variables per statement, well under every driver's limit. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final ObjectProvider<FindingsListener> listeners;

    FindingThreats(JdbcClient jdbc, ObjectProvider<FindingsListener> listeners) {
        this.jdbc = jdbc;
        this.listeners = listeners;
    }

    /**
     * The KEV catalogue now lists {@code newCves}: refreshes the findings that carry them and
     * tells the listeners (notifications), in the caller's transaction.
     *
     * @return the findings now flagged
     */
    public List<Long> kevListed(Set<String> newCves) {
        List<Long> ids = refreshCves(newCves);
        if (!ids.isEmpty()) {
            Set<String> cves = Set.copyOf(newCves);
            listeners.orderedStream().forEach(l -> l.kevListed(ids, cves));
        }
        return ids;
    }

    /** Records the CVE ids of a finding (its primary id and aliases) and refreshes its signals. */
    void matched(long findingId, String vulnerabilityId, List<String> aliases) {
        Set<String> cves = new LinkedHashSet<>();
        for (String id : concat(vulnerabilityId, aliases)) {
            if (id.startsWith("CVE-") && id.length() <= 40) {
                cves.add(id);
            }
        }
        jdbc.sql("DELETE FROM finding_cve WHERE finding_id = ?").param(findingId).update();
        for (String cve : cves) {
            jdbc.sql("INSERT INTO finding_cve (finding_id, cve_id) VALUES (?, ?)").params(findingId, cve).update();
        }
        jdbc.sql(SET + " WHERE id = ?").param(findingId).update();
    }

    /**
     * Refreshes the findings that carry any of these CVE ids.
     *
     * @return the ids of the findings refreshed
     */
    public List<Long> refreshCves(Collection<String> cves) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(cves));
        Set<Long> touched = new LinkedHashSet<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            List<Long> ids = jdbc.sql("SELECT DISTINCT finding_id FROM finding_cve WHERE cve_id IN (" + marks + ")")
                    .params(new ArrayList<Object>(chunk)).query(Long.class).list();
            touched.addAll(ids);
        }
        List<Long> ids = new ArrayList<>(touched);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.sql(SET + " WHERE id IN (" + marks + ")").params(new ArrayList<Object>(chunk)).update();
        }
        return ids;
    }

    /** Refreshes every finding with a CVE id: after a whole new EPSS file, one statement. */
    public int refreshAll() {
        return jdbc.sql(SET + " WHERE id IN (SELECT finding_id FROM finding_cve)").update();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
