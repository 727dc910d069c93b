package org.medvigil.app.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an event and queues one delivery per active subscription that wants it (by event type
 * and, when the subscription names one, product), in the caller's transaction: an outbox, so a
 * notification exists exactly when the change that caused it committed. {@link DeliveryWorker}
 * sends them. Each event key is recorded once, so repeating a check never notifies twice.
 */
@Service
public class Notifications {
    private final JdbcClient jdbc;
    private final JsonText json;
    private final Clock clock;

    Notifications(JdbcClient jdbc, JsonText json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param key       what makes the event unique (a second publish with the same key is ignored)
     * @param productId the device model it concerns, or null
     * @param data      the event's content, sent as {@code data} in the payload
     * @return the deliveries queued
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int publish(EventType type, String key, Long productId, Map<String, Object> data) {
        if (jdbc.sql("SELECT COUNT(*) FROM notification_event WHERE event_key = ?").param(key).query(Long.class).single() > 0) {
            return 0;
        }
        Instant now = Instant.now(clock);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type.code());
        payload.put("createdAt", now.toString());
        payload.put("data", data);
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notification_event (event_key, event_type, product_id, payload, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(key, type.code(), productId, json.write(payload), DbTime.of(now)).update(id, "id");
        long eventId = id.getKeyAs(Long.class);
        // Event types are stored as a JSON array of codes: match the quoted code.
        return jdbc.sql("INSERT INTO notification_delivery (subscription_id, event_id, status, attempts, next_attempt_at, created_at) "
                        + "SELECT s.id, ?, 'pending', 0, ?, ? FROM notification_subscription s WHERE s.active = TRUE "
                        + "AND s.events LIKE ? AND (s.product_id IS NULL OR s.product_id = ?)")
                .params(eventId, DbTime.of(now), DbTime.of(now), "%\"" + type.code() + "\"%", productId)
                .update();
    }
}
