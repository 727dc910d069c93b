package org.medvigil.app.notify;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A notification subscription: a webhook (URL, HMAC secret) or an e-mail recipient, the events
 * it wants, optionally confined to one product.
 *
 * @param channel   webhook or email
 * @param target    the webhook URL (http or https), or the e-mail address
 * @param secret    webhook only: the key of the HMAC-SHA256 signature (at least 16 characters); never shown again
 * @param events    event codes: finding.new, finding.kev, case.deadline.approaching, case.deadline.missed
 * @param productId only events about this product (device model); null for all
 */
public record SubscriptionForm(@NotNull Channel channel, @NotBlank @Size(max = 2000) String target,
                               @Size(min = 16, max = 500) String secret, @NotEmpty @Size(max = 10) List<@NotBlank String> events,
                               Long productId, Boolean active, @Size(max = 500) String description) {

    public enum Channel {
        webhook, email
    }
}
