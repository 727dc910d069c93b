package org.medvigil.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.app.web.ConflictException;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys: 256 random bits shown once, stored as their SHA-256 only, scoped to a role (and a
 * customer for CUSTOMER keys), revocable. A fast hash is right here, unlike for passwords: the
 * key has full entropy, so there is nothing for a slow hash to protect against, and every API
 * request looks one up.
 */
@Service
public class ApiKeyService {
    static final String PREFIX = "mvk_";
    private static final int SHOWN_PREFIX = PREFIX.length() + 8;

    private final ApiKeyRepository keys;
    private final AuditLog audit;
    private final CurrentActor current;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeyService(ApiKeyRepository keys, AuditLog audit, CurrentActor current, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    @Transactional
    public NewApiKey create(ApiKeyForm form) {
        if (form.role() == Role.CUSTOMER && form.customerId() == null) {
            throw new BadRequestException("a CUSTOMER key needs customerId");
        }
        if (form.role() != Role.CUSTOMER && form.customerId() != null) {
            throw new BadRequestException("only a CUSTOMER key belongs to a customer; leave customerId out");
        }
        if (form.customerId() != null && !keys.customerExists(form.customerId())) {
            throw new BadRequestException("customer " + form.customerId() + " does not exist");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = keys.insert(form.name(), key.substring(0, SHOWN_PREFIX), sha256(key), form.role(), form.customerId(),
                Instant.now(clock), current.get().name());
        ApiKeyView view = get(id);
        audit.record("create", "api_key", id, null, view);
        return new NewApiKey(view, key);
    }

    @Transactional
    public ApiKeyView revoke(long id) {
        ApiKeyView before = get(id);
        if (before.revokedAt() != null) {
            throw new ConflictException("API key " + id + " is already revoked");
        }
        keys.revoke(id, Instant.now(clock), current.get().name());
        ApiKeyView after = get(id);
        audit.record("revoke", "api_key", id, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public ApiKeyView get(long id) {
        return keys.find(id).orElseThrow(() -> new NotFoundException("API key", id));
    }

    @Transactional(readOnly = true)
    public PageOf<ApiKeyView> list(Paging paging) {
        return PageOf.of(keys.page(paging), paging, keys.count());
    }

    /** The actor of a presented key, when it is one of ours and not revoked. */
    @Transactional(readOnly = true)
    public Optional<Actor> authenticate(String key) {
        if (key == null || !key.startsWith(PREFIX) || key.length() > 200) {
            return Optional.empty();
        }
        return keys.findActiveByHash(sha256(key))
                .map(k -> new Actor("api-key:" + k.name() + "#" + k.id(), k.role(), k.customerId()));
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
