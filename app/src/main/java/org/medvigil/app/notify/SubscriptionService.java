package org.medvigil.app.notify;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.security.CurrentActor;
import org.medvigil.app.storage.JsonText;
import org.medvigil.app.web.BadRequestException;
import org.medvigil.app.web.NotFoundException;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notification subscriptions (audited) and the delivery log. */
@Service
class SubscriptionService {
    private final NotificationStore store;
    private final AuditLog audit;
    private final CurrentActor current;
    private final JdbcClient jdbc;
    private final JsonText json;
    private final Clock clock;

    SubscriptionService(NotificationStore store, AuditLog audit, CurrentActor current, JdbcClient jdbc, JsonText json,
                        Clock clock) {
        this.store = store;
        this.audit = audit;
        this.current = current;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    SubscriptionView create(SubscriptionForm form) {
        List<String> events = validate(form, null);
        long id = store.insert(form, events, Instant.now(clock), current.get().name());
        SubscriptionView v = store.find(id).orElseThrow();
        audit.record("create", "notification_subscription", id, null, v);
        return v;
    }

    @Transactional
    SubscriptionView update(long id, SubscriptionForm form) {
        SubscriptionView before = get(id);
        List<String> events = validate(form, id);
        String secret = form.secret() != null ? form.secret() : store.secret(id).orElse(null);
        if (form.channel() == SubscriptionForm.Channel.email) {
            secret = null;
        }
        store.update(id, form, events, secret);
        SubscriptionView after = store.find(id).orElseThrow();
        audit.record("update", "notification_subscription", id, before, after);
        return after;
    }

    @Transactional
    SubscriptionView deactivate(long id) {
        SubscriptionView before = get(id);
        store.deactivate(id);
        SubscriptionView after = store.find(id).orElseThrow();
        audit.record("deactivate", "notification_subscription", id, before, after);
        return after;
    }

    @Transactional
    DeliveryView ping(long id) {
        SubscriptionView s = get(id);
        Instant now = Instant.now(clock);
        long delivery = store.ping(s.id(), json.write(Map.of("type", "ping", "createdAt", now.toString(),
                "data", Map.of("subscriptionId", s.id(), "message", "MedVigil test notification"))), now);
        audit.record("test", "notification_subscription", id, null, Map.of("delivery", delivery));
        return store.delivery(delivery).orElseThrow();
    }

    @Transactional(readOnly = true)
    SubscriptionView get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("notification subscription", id));
    }

    @Transactional(readOnly = true)
    PageOf<SubscriptionView> list(Paging paging) {
        return PageOf.of(store.all(paging), paging, store.count());
    }

    @Transactional(readOnly = true)
    PageOf<DeliveryView> deliveries(Long subscriptionId, String status, Paging paging) {
        if (status != null && !List.of("pending", "delivered", "failed").contains(status)) {
            throw new BadRequestException("status must be one of pending, delivered, failed (got '" + status + "')");
        }
        return PageOf.of(store.deliveries(subscriptionId, status, paging), paging, store.deliveryCount(subscriptionId, status));
    }

    private List<String> validate(SubscriptionForm form, Long id) {
        LinkedHashSet<String> events = new LinkedHashSet<>();
        for (String e : form.events()) {
            try {
                EventType t = EventType.ofCode(e);
                if (t != EventType.PING) {
                    events.add(t.code());
                }
            } catch (IllegalArgumentException ex) {
                throw new BadRequestException("events: " + ex.getMessage());
            }
        }
        if (form.channel() == SubscriptionForm.Channel.webhook) {
            URI uri;
            try {
                uri = URI.create(form.target());
            } catch (IllegalArgumentException ex) {
                throw new BadRequestException("target: '" + form.target() + "' is not a URL");
            }
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new BadRequestException("target: a webhook needs an http(s) URL (got '" + form.target() + "')");
            }
            if (form.secret() == null && (id == null || store.secret(id).isEmpty())) {
                throw new BadRequestException("secret: a webhook needs a secret (at least 16 characters) to sign its deliveries");
            }
        } else {
            if (!form.target().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new BadRequestException("target: '" + form.target() + "' is not an e-mail address");
            }
            if (form.secret() != null) {
                throw new BadRequestException("secret: only webhooks are signed; leave it out for e-mail");
            }
        }
        if (form.productId() != null && jdbc.sql("SELECT COUNT(*) FROM product WHERE id = ?").param(form.productId())
                .query(Long.class).single() == 0) {
            throw new NotFoundException("product", form.productId());
        }
        return List.copyOf(events);
    }
}
