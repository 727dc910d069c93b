package org.medvigil.app.cases;

import java.time.Instant;
import java.util.Optional;
import org.medvigil.app.storage.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of ISAO membership evidence. */
@Repository
class IsaoMembershipRepository {
    private final JdbcClient jdbc;

    IsaoMembershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<IsaoMembership> find() {
        return jdbc.sql("SELECT * FROM isao_membership WHERE id = 1").query((rs, n) -> IsaoMembership.of(
                rs.getString("isao_name"), DbTime.date(rs, "member_since"),
                new boolean[] {rs.getBoolean("membership_met"), rs.getBoolean("policies_met"), rs.getBoolean("sharing_met"),
                    rs.getBoolean("intelligence_met")},
                new String[] {rs.getString("membership_evidence"), rs.getString("policies_evidence"),
                    rs.getString("sharing_evidence"), rs.getString("intelligence_evidence")},
                DbTime.instant(rs, "updated_at"), rs.getString("updated_by"))).optional();
    }

    /** Serialises replacements of the row. */
    void lock() {
        jdbc.sql("SELECT id FROM isao_membership WHERE id = 1 FOR UPDATE").query(Long.class).optional();
    }

    void save(IsaoMembershipForm f, Instant now, String by) {
        IsaoMembershipForm.Claim[] c = f.claims();
        Object[] values = {f.isaoName(), f.memberSince(), c[0].met(), c[0].evidence(), c[1].met(), c[1].evidence(),
            c[2].met(), c[2].evidence(), c[3].met(), c[3].evidence(), DbTime.of(now), by};
        int updated = jdbc.sql("UPDATE isao_membership SET isao_name = ?, member_since = ?, membership_met = ?, "
                + "membership_evidence = ?, policies_met = ?, policies_evidence = ?, sharing_met = ?, sharing_evidence = ?, "
                + "intelligence_met = ?, intelligence_evidence = ?, updated_at = ?, updated_by = ? WHERE id = 1")
                .params(values).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO isao_membership (isao_name, member_since, membership_met, membership_evidence, policies_met, "
                    + "policies_evidence, sharing_met, sharing_evidence, intelligence_met, intelligence_evidence, updated_at, "
                    + "updated_by, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)").params(values).update();
        }
    }
}
