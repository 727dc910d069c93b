package org.medvigil.app.notify;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: {@code X-MedVigil-Signature: sha256=HEX}, the
 * HMAC-SHA256 under the subscription's secret of {@code TIMESTAMP + "." + BODY}, where TIMESTAMP
 * is the {@code X-MedVigil-Timestamp} header (Unix seconds). Signing the timestamp with the body
 * lets a receiver reject replays of an old delivery.
 */
public final class WebhookSignature {
    public static final String SIGNATURE_HEADER = "X-MedVigil-Signature";
    public static final String TIMESTAMP_HEADER = "X-MedVigil-Timestamp";

    private WebhookSignature() {
    }

    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '.');
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
