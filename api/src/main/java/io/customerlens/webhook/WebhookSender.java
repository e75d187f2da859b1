package io.customerlens.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Makes one attempt of a delivery: a signed POST of its body, never following redirects. */
@Component
class WebhookSender {

    static final String DELIVERY_HEADER = "X-CustomerLens-Delivery";

    private final WebhookProperties properties;
    private final WebhookAddresses addresses;
    private final Clock clock;
    private final HttpClient http;

    WebhookSender(WebhookProperties properties, WebhookAddresses addresses, Clock clock) {
        this.properties = properties;
        this.addresses = addresses;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    WebhookDelivery.Attempt attempt(Webhook webhook, WebhookDelivery delivery) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        String refused = addresses.refusal(webhook.url());
        if (refused != null) {
            return new WebhookDelivery.Attempt(at, null, "not sent: " + refused, 0);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header(DELIVERY_HEADER, delivery.id())
                .header(WebhookSignature.HEADER,
                        WebhookSignature.header(webhook.secret(), at.getEpochSecond(), delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new WebhookDelivery.Attempt(at, status, status / 100 == 2 ? null : "answered " + status,
                    elapsedMs(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookDelivery.Attempt(at, null, "interrupted", elapsedMs(started));
        } catch (java.io.IOException | RuntimeException e) {
            return new WebhookDelivery.Attempt(at, null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), elapsedMs(started));
        }
    }

    private static long elapsedMs(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
