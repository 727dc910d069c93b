-- Append-only, hash-chained audit log. Each entry's hash is SHA-256 over the previous entry's
-- hash and a canonical serialisation of the entry (see org.medvigil.app.audit.AuditChain).
-- before_state/after_state are TEXT, never a JSON type: the stored text is what is hashed and
-- must come back byte-for-byte.
CREATE TABLE audit_event (
    seq          BIGINT PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    action       VARCHAR(100) NOT NULL,
    entity_type  VARCHAR(100) NOT NULL,
    entity_id    VARCHAR(200),
    before_state TEXT,
    after_state  TEXT,
    prev_hash    VARCHAR(64) NOT NULL,
    hash         VARCHAR(64) NOT NULL
);

-- The chain's head: its row lock serialises appends across transactions and nodes, and it
-- lets verification notice entries deleted from the end of the chain.
CREATE TABLE audit_head (
    id        INT PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
