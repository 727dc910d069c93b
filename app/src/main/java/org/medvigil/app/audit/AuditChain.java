package org.medvigil.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * How audit entries are chained: each entry's hash is SHA-256 over the previous entry's hash
 * and a canonical serialisation of the entry, so editing, inserting or deleting any entry
 * breaks every hash after it. Plain Java (no Spring), shared by the server that appends and
 * by {@code medvigil audit verify} that checks.
 *
 * <p>The canonical form writes every field on its own line as {@code name:length:value}
 * (length in UTF-16 chars, {@code -1} for null), so no value can imitate a field boundary; the
 * instant is ISO-8601 in UTC truncated to milliseconds, which both databases store exactly.
 */
public final class AuditChain {
    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash of {@code entry} following an entry whose hash is {@code previousHash}. */
    public static String hash(String previousHash, AuditEntry entry) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(canonical(entry).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String canonical(AuditEntry e) {
        StringBuilder b = new StringBuilder(256);
        field(b, "seq", Long.toString(e.seq()));
        field(b, "occurredAt", DateTimeFormatter.ISO_INSTANT.format(e.occurredAt().truncatedTo(ChronoUnit.MILLIS)));
        field(b, "actor", e.actor());
        field(b, "action", e.action());
        field(b, "entityType", e.entityType());
        field(b, "entityId", e.entityId());
        field(b, "before", e.before());
        field(b, "after", e.after());
        return b.toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append(name).append(':');
        if (value == null) {
            b.append("-1:");
        } else {
            b.append(value.length()).append(':').append(value);
        }
        b.append('\n');
    }
}
