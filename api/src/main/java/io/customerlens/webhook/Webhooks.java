package io.customerlens.webhook;

import io.customerlens.security.Caller;
import io.customerlens.segmentchange.SegmentChange;
import io.customerlens.segmentchange.SegmentWatches;
import io.customerlens.segmentchange.WatchKey;
import io.customerlens.store.StoreStartupStep;
import io.customerlens.support.DaemonThreads;
import io.customerlens.web.InputChecks;
import io.customerlens.web.InvalidInputException;
import io.customerlens.web.NotFoundException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Registers webhooks and delivers segment changes to them: each change under a model choice a webhook follows
 * becomes a {@link WebhookDelivery}, attempted at once and, after a failure, again after a doubling back-off, until
 * it is delivered or dead after {@code max-attempts}. Pending deliveries are picked up again after a restart, once
 * the store answers.
 */
@Service
public class Webhooks implements StoreStartupStep, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Webhooks.class);
    static final String EVENT_TYPE = "segment.changed";

    private final WebhookStore store;
    private final WebhookAddresses addresses;
    private final WebhookSender sender;
    private final WebhookProperties properties;
    private final SegmentWatches watches;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Webhook> active = new ConcurrentHashMap<>();
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService attempts =
            Executors.newScheduledThreadPool(2, DaemonThreads.named("webhook-delivery"));

    Webhooks(WebhookStore store, WebhookAddresses addresses, WebhookSender sender, WebhookProperties properties,
             SegmentWatches watches, ObjectMapper json, MeterRegistry meters, Clock clock) {
        this.store = store;
        this.addresses = addresses;
        this.sender = sender;
        this.properties = properties;
        this.watches = watches;
        this.json = json;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public String description() {
        return "follow the registered webhooks and resume their pending deliveries";
    }

    /** Once the store answers at start-up; harmless to repeat. */
    @Override
    public void run() {
        store.all().stream().filter(webhook -> !active.containsKey(webhook.id())).forEach(this::follow);
        store.pending().forEach(delivery -> schedule(delivery.id(), Duration.ZERO));
    }

    Webhook register(String url, List<Map<String, Object>> models, String secret, Caller caller) {
        InputChecks.of("input").text(url, "url", 2000).text(secret, "secret", 200)
                .require(secret == null || secret.length() >= 16, "secret", "must be at least 16 characters")
                .require(models != null && !models.isEmpty(), "models", "must name at least one model")
                .throwIfInvalid();
        addresses.check(url, "input.url");
        List<Webhook.WatchedModel> followed = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            String model = (String) models.get(i).get("model");
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) models.get(i).get("params");
            WatchKey key = watches.check(model, params, "input.models[" + i + "].model");
            followed.add(new Webhook.WatchedModel(model, params, key.params()));
        }
        Webhook webhook = store.insert(new Webhook(null, url, followed, secret, Caller.nameOf(caller), clock.instant()));
        follow(webhook);
        return webhook;
    }

    Webhook delete(String id) {
        Webhook removed = store.remove(id);
        if (removed == null) {
            throw new NotFoundException("no webhook with id '" + id + "'");
        }
        Webhook followed = active.remove(removed.id());
        if (followed != null) {
            followed.models().forEach(model -> watches.close(new WatchKey(model.model(), model.key())));
        }
        return removed;
    }

    List<Webhook> all() {
        return store.all();
    }

    Webhook find(String id) {
        Webhook webhook = store.find(id);
        if (webhook == null) {
            throw new InvalidInputException("webhookId", "no webhook with id '" + id + "'");
        }
        return webhook;
    }

    private void follow(Webhook webhook) {
        List<Webhook.WatchedModel> opened = new ArrayList<>();
        for (Webhook.WatchedModel model : webhook.models()) {
            try {
                watches.open(model.model(), model.params(), "models");
                opened.add(model);
            } catch (RuntimeException e) {
                log.warn("Webhook {} follows {}, which cannot be watched now: {}", webhook.id(), model.model(),
                        e.getMessage());
            }
        }
        active.put(webhook.id(), new Webhook(webhook.id(), webhook.url(), opened, webhook.secret(),
                webhook.createdBy(), webhook.createdAt()));
    }

    @EventListener
    void deliver(SegmentChange change) {
        for (Webhook webhook : active.values()) {
            boolean follows = webhook.models().stream().anyMatch(model ->
                    new WatchKey(model.model(), model.key()).equals(change.watch()));
            if (follows) {
                try {
                    String id = new ObjectId().toHexString();
                    WebhookDelivery delivery = store.insert(new WebhookDelivery(id, webhook.id(), change.customerId(),
                            body(id, webhook, change), WebhookDelivery.State.PENDING, List.of(), clock.instant(),
                            clock.instant()));
                    schedule(delivery.id(), Duration.ZERO);
                } catch (RuntimeException e) {
                    log.warn("Could not queue a segment change for webhook {}: {}", webhook.id(), e.toString());
                }
            }
        }
    }

    private String body(String deliveryId, Webhook webhook, SegmentChange change) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", deliveryId);
        body.put("type", EVENT_TYPE);
        body.put("webhookId", webhook.id());
        body.put("data", change);
        return json.writeValueAsString(body);
    }

    /** Schedules an attempt unless one is scheduled already. */
    private void schedule(String deliveryId, Duration after) {
        if (scheduled.add(deliveryId)) {
            attempts.schedule(() -> attempt(deliveryId), after.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void attempt(String deliveryId) {
        scheduled.remove(deliveryId);
        try {
            WebhookDelivery delivery = store.delivery(deliveryId);
            if (delivery == null || delivery.state() != WebhookDelivery.State.PENDING) {
                return;
            }
            Webhook webhook = store.find(delivery.webhookId());
            if (webhook == null) {
                store.attempted(deliveryId, new WebhookDelivery.Attempt(clock.instant(), null,
                        "not sent: the webhook was deleted", 0), WebhookDelivery.State.DEAD, null);
                return;
            }
            WebhookDelivery.Attempt attempt = sender.attempt(webhook, delivery);
            int made = delivery.attempts().size() + 1;
            meters.counter("customerlens.webhook.attempts", "outcome", attempt.error() == null ? "delivered"
                    : made >= properties.maxAttempts() ? "dead" : "retried").increment();
            if (attempt.error() == null) {
                store.attempted(deliveryId, attempt, WebhookDelivery.State.DELIVERED, null);
            } else if (made >= properties.maxAttempts()) {
                store.attempted(deliveryId, attempt, WebhookDelivery.State.DEAD, null);
                log.warn("Webhook delivery {} to {} is dead after {} attempts: {}", deliveryId, webhook.url(), made,
                        attempt.error());
            } else {
                Duration wait = properties.backoff(made);
                store.attempted(deliveryId, attempt, WebhookDelivery.State.PENDING, Instant.now(clock).plus(wait));
                schedule(deliveryId, wait);
            }
        } catch (RuntimeException e) {
            log.warn("Webhook delivery {} failed unexpectedly; retrying: {}", deliveryId, e.toString());
            schedule(deliveryId, properties.maxBackoff());
        }
    }

    @Override
    public void destroy() {
        attempts.shutdownNow();
    }
}
