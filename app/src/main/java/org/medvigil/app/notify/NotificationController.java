package org.medvigil.app.notify;

import jakarta.validation.Valid;
import org.medvigil.app.web.PageOf;
import org.medvigil.app.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Notification subscriptions (webhooks, e-mail) and the delivery log. */
@RestController
@RequestMapping("/api/v1")
class NotificationController {
    private final SubscriptionService subscriptions;

    NotificationController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/notification-subscriptions")
    public PageOf<SubscriptionView> list(@RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return subscriptions.list(Paging.of(page, size));
    }

    @PostMapping("/notification-subscriptions")
    @ResponseStatus(HttpStatus.CREATED)
    public SubscriptionView create(@Valid @RequestBody SubscriptionForm form) {
        return subscriptions.create(form);
    }

    @GetMapping("/notification-subscriptions/{id}")
    public SubscriptionView get(@PathVariable long id) {
        return subscriptions.get(id);
    }

    /** Replaces a subscription; a webhook's secret is kept when left out. */
    @PutMapping("/notification-subscriptions/{id}")
    public SubscriptionView update(@PathVariable long id, @Valid @RequestBody SubscriptionForm form) {
        return subscriptions.update(id, form);
    }

    /** Stops a subscription (kept, inactive, for the delivery log). */
    @DeleteMapping("/notification-subscriptions/{id}")
    public SubscriptionView deactivate(@PathVariable long id) {
        return subscriptions.deactivate(id);
    }

    /** Queues a test notification to this subscription. */
    @PostMapping("/notification-subscriptions/{id}/test")
    @ResponseStatus(HttpStatus.CREATED)
    public DeliveryView test(@PathVariable long id) {
        return subscriptions.ping(id);
    }

    /** The delivery log, newest first. */
    @GetMapping("/notification-deliveries")
    public PageOf<DeliveryView> deliveries(@RequestParam(required = false) Long subscriptionId,
                                           @RequestParam(required = false) String status,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return subscriptions.deliveries(subscriptionId, status, Paging.of(page, size));
    }
}
