package org.medvigil.app.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.storage.JsonText;
import org.medvigil.app.web.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Subscriptions, events and the delivery log. */
@Repository
class NotificationStore {
    private static final String DELIVERY = "SELECT d.*, s.channel, s.target, e.event_type, e.event_key FROM notification_delivery d "
            + "JOIN notification_subscription s ON s.id = d.subscription_id JOIN notification_event e ON e.id = d.event_id";

    private final JdbcClient jdbc;
    private final JsonText json;
    private final RowMapper<SubscriptionView> subscriptions;
    private final RowMapper<DeliveryView> deliveries;

    NotificationStore(JdbcClient jdbc, JsonText json) {
        this.jdbc = jdbc;
        this.json = json;
        this.subscriptions = (rs, n) -> new SubscriptionView(rs.getLong("id"), rs.getString("channel"), rs.getString("target"),
                rs.getString("secret") != null, json.strings(rs.getString("events")),
                rs.getObject("product_id") == null ? null : rs.getLong("product_id"), rs.getBoolean("active"),
                rs.getString("description"), DbTime.instant(rs, "created_at"), rs.getString("created_by"));
        this.deliveries = (rs, n) -> new DeliveryView(rs.getLong("id"), rs.getLong("subscription_id"), rs.getString("channel"),
                rs.getString("target"), rs.getLong("event_id"), rs.getString("event_type"), rs.getString("event_key"),
                rs.getString("status"), rs.getInt("attempts"), DbTime.instant(rs, "next_attempt_at"),
                DbTime.instant(rs, "last_attempt_at"), rs.getObject("last_status") == null ? null : rs.getInt("last_status"),
                rs.getString("last_error"), DbTime.instant(rs, "delivered_at"), DbTime.instant(rs, "created_at"));
    }

    long insert(SubscriptionForm f, List<String> events, Instant now, String by) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notification_subscription (channel, target, secret, events, product_id, active, description, "
                        + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(f.channel().name(), f.target(), f.secret(), json.write(events), f.productId(),
                        f.active() == null || f.active(), f.description(), DbTime.of(now), by)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    void update(long id, SubscriptionForm f, List<String> events, String secret) {
        jdbc.sql("UPDATE notification_subscription SET channel = ?, target = ?, secret = ?, events = ?, product_id = ?, active = ?, "
                        + "description = ? WHERE id = ?")
                .params(f.channel().name(), f.target(), secret, json.write(events), f.productId(), f.active() == null || f.active(),
                        f.description(), id)
                .update();
    }

    /** Deactivates (the delivery log keeps referring to it). */
    void deactivate(long id) {
        jdbc.sql("UPDATE notification_subscription SET active = FALSE WHERE id = ?").param(id).update();
    }

    Optional<SubscriptionView> find(long id) {
        return jdbc.sql("SELECT * FROM notification_subscription WHERE id = ?").param(id).query(subscriptions).optional();
    }

    Optional<String> secret(long id) {
        return jdbc.sql("SELECT secret FROM notification_subscription WHERE id = ?").param(id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(x -> x);
    }

    List<SubscriptionView> all(Paging paging) {
        return jdbc.sql("SELECT * FROM notification_subscription ORDER BY id LIMIT ? OFFSET ?")
                .params(paging.size(), paging.offset()).query(subscriptions).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM notification_subscription").query(Long.class).single();
    }

    List<DeliveryView> deliveries(Long subscriptionId, String status, Paging paging) {
        StringBuilder sql = new StringBuilder(DELIVERY);
        List<Object> params = where(sql, subscriptionId, status);
        sql.append(" ORDER BY d.id DESC LIMIT ? OFFSET ?");
        params.add(paging.size());
        params.add(paging.offset());
        return jdbc.sql(sql.toString()).params(params).query(deliveries).list();
    }

    long deliveryCount(Long subscriptionId, String status) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM notification_delivery d");
        List<Object> params = where(sql, subscriptionId, status);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static List<Object> where(StringBuilder sql, Long subscriptionId, String status) {
        List<Object> params = new ArrayList<>();
        List<String> c = new ArrayList<>();
        if (subscriptionId != null) {
            c.add("d.subscription_id = ?");
            params.add(subscriptionId);
        }
        if (status != null) {
            c.add("d.status = ?");
            params.add(status);
        }
        if (!c.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", c));
        }
        return params;
    }

    Optional<DeliveryView> delivery(long id) {
        return jdbc.sql(DELIVERY + " WHERE d.id = ?").param(id).query(deliveries).optional();
    }

    /** Due deliveries: pending, their time come, not claimed by a live worker. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM notification_delivery WHERE status = 'pending' AND next_attempt_at <= ? "
                        + "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at, id LIMIT ?")
                .params(DbTime.of(now), DbTime.of(now), limit).query(Long.class).list();
    }

    /** Claims a delivery for this worker until {@code until}; false when another worker (node) has it. */
    boolean claim(long id, Instant now, Instant until) {
        return jdbc.sql("UPDATE notification_delivery SET claimed_until = ? WHERE id = ? AND status = 'pending' "
                + "AND (claimed_until IS NULL OR claimed_until < ?)").params(DbTime.of(until), id, DbTime.of(now)).update() == 1;
    }

    record Work(long id, long subscriptionId, String channel, String target, String secret, long eventId, String eventType,
                String payload, int attempts) {
    }

    Work work(long id) {
        return jdbc.sql("SELECT d.id, d.subscription_id, s.channel, s.target, s.secret, d.event_id, e.event_type, e.payload, d.attempts "
                        + "FROM notification_delivery d JOIN notification_subscription s ON s.id = d.subscription_id "
                        + "JOIN notification_event e ON e.id = d.event_id WHERE d.id = ?").param(id)
                .query((rs, n) -> new Work(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getString(7), rs.getString(8), rs.getInt(9))).single();
    }

    void delivered(long id, int attempts, Integer status, Instant now) {
        jdbc.sql("UPDATE notification_delivery SET status = 'delivered', attempts = ?, last_attempt_at = ?, last_status = ?, "
                        + "last_error = NULL, delivered_at = ?, next_attempt_at = NULL, claimed_until = NULL WHERE id = ?")
                .params(attempts, DbTime.of(now), status, DbTime.of(now), id).update();
    }

    void attemptFailed(long id, int attempts, Integer status, String error, Instant now, Instant next) {
        jdbc.sql("UPDATE notification_delivery SET status = ?, attempts = ?, last_attempt_at = ?, last_status = ?, last_error = ?, "
                        + "next_attempt_at = ?, claimed_until = NULL WHERE id = ?")
                .params(next == null ? "failed" : "pending", attempts, DbTime.of(now), status, error, DbTime.of(next), id)
                .update();
    }

    /** A test event for one subscription only. */
    long ping(long subscriptionId, String payload, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notification_event (event_key, event_type, product_id, payload, created_at) VALUES (?, 'ping', NULL, ?, ?)")
                .params("ping:" + subscriptionId + ":" + now.toEpochMilli() + ":" + System.nanoTime(), payload, DbTime.of(now))
                .update(key, "id");
        long event = key.getKeyAs(Long.class);
        KeyHolder d = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notification_delivery (subscription_id, event_id, status, attempts, next_attempt_at, created_at) "
                + "VALUES (?, ?, 'pending', 0, ?, ?)").params(subscriptionId, event, DbTime.of(now), DbTime.of(now)).update(d, "id");
        return d.getKeyAs(Long.class);
    }
}
