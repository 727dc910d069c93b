package org.medvigil.app.security;

/**
 * A key just created: the only time the key itself is shown. Send it as
 * {@code Authorization: Bearer <key>}.
 */
public record NewApiKey(ApiKeyView apiKey, String key) {
}
