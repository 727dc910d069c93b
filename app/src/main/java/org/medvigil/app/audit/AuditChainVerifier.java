package org.medvigil.app.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes the audit chain over a plain JDBC connection (no Spring, so {@code medvigil audit
 * verify} starts in a moment) and names every entry that was edited, inserted or deleted.
 *
 * <ul>
 *   <li>edited: the stored hash no longer matches the entry's content;</li>
 *   <li>deleted in the middle: a gap in the sequence, and the next entry's previous hash
 *       names an entry that is gone;</li>
 *   <li>inserted or reordered: an entry's previous hash is not its predecessor's hash;</li>
 *   <li>deleted at the end: the chain stops before the head the log recorded.</li>
 * </ul>
 */
public final class AuditChainVerifier {

    /** Reads the chain in order and checks every link. */
    public AuditVerification verify(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        long count = 0;
        long lastSeq = 0;
        String lastHash = AuditChain.GENESIS;
        String sql = "SELECT seq, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, "
                + "prev_hash, hash FROM audit_event ORDER BY seq";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditEntry entry = new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8));
                    String prevHash = rs.getString(9);
                    String hash = rs.getString(10);
                    count++;
                    long seq = entry.seq();
                    if (seq != lastSeq + 1) {
                        problems.add(seq > lastSeq + 1
                                ? missing(lastSeq + 1, seq - 1) + " (deleted); entry #" + seq + " follows entry #" + lastSeq
                                : "entry #" + seq + " is out of order after entry #" + lastSeq);
                    } else if (!lastHash.equals(prevHash)) {
                        problems.add("entry #" + seq + " does not follow entry #" + lastSeq
                                + " (its previous hash differs: an entry was inserted, replaced or re-chained)");
                    }
                    if (!AuditChain.hash(prevHash, entry).equals(hash)) {
                        problems.add("entry #" + seq + " was edited (its content no longer matches its hash)");
                    }
                    lastSeq = seq;
                    lastHash = hash;
                }
            }
        }
        checkHead(connection, lastSeq, lastHash, problems);
        return new AuditVerification(count, lastHash, problems);
    }

    private static void checkHead(Connection connection, long lastSeq, String lastHash, List<String> problems)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                problems.add("the audit head record is missing");
                return;
            }
            long headSeq = rs.getLong(1);
            String headHash = rs.getString(2);
            if (headSeq > lastSeq) {
                problems.add(missing(lastSeq + 1, headSeq) + " (deleted from the end; the log recorded entry #"
                        + headSeq + " as its last)");
            } else if (headSeq < lastSeq) {
                problems.add("entries after #" + headSeq + " were added outside the audit log (the head records #"
                        + headSeq + ", the chain ends at #" + lastSeq + ")");
            } else if (!headHash.equals(lastHash)) {
                problems.add("entry #" + lastSeq + " does not match the hash the head recorded for it");
            }
        }
    }

    private static String missing(long from, long to) {
        return from == to ? "entry #" + from + " is missing" : "entries #" + from + " to #" + to + " are missing";
    }
}
