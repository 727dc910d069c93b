package org.medvigil.app.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Webhooks: the event's JSON POSTed to the subscriber's URL, signed ({@link WebhookSignature}); any 2xx is success. */
@Component
class WebhookChannel implements NotificationChannel {
    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;

    WebhookChannel(Clock clock, @Value("${medvigil.notify.webhook.timeout:PT10S}") Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public Integer send(NotificationStore.Work work, String payload, long deliveryId) throws DeliveryFailure {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(work.target())).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "MedVigil-Webhook/1")
                .header("X-MedVigil-Event", work.eventType())
                .header("X-MedVigil-Delivery", Long.toString(deliveryId))
                .header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (work.secret() != null) {
            request.header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(work.secret(), timestamp, body));
        }
        HttpResponse<Void> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw new DeliveryFailure(null, "no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new DeliveryFailure(null, "cannot reach " + work.target() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure(null, "interrupted");
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new DeliveryFailure(status, "the receiver answered HTTP " + status);
        }
        return status;
    }
}
