package io.customerlens.webhook;

import graphql.relay.DefaultConnection;
import io.customerlens.security.Caller;
import io.customerlens.web.ApiProperties;
import io.customerlens.web.Connections;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Webhook registration and the delivery log (admin, see the schema). */
@Controller
class WebhookController {

    private final Webhooks webhooks;
    private final WebhookStore store;
    private final ApiProperties api;

    WebhookController(Webhooks webhooks, WebhookStore store, ApiProperties api) {
        this.webhooks = webhooks;
        this.store = store;
        this.api = api;
    }

    @QueryMapping
    List<Webhook> webhooks() {
        return webhooks.all();
    }

    @QueryMapping
    DefaultConnection<WebhookDelivery> webhookDeliveries(@Argument String webhookId,
                                                         @Argument WebhookDelivery.State state,
                                                         @Argument Integer first, @Argument String after) {
        webhooks.find(webhookId);
        int size = Connections.pageSize(first, api.maxPageSize());
        String afterId = Connections.key(after, "after", ObjectId::isValid);
        return Connections.of(store.deliveries(webhookId, state, afterId, size + 1), size, afterId != null,
                WebhookDelivery::id);
    }

    @MutationMapping
    Webhook registerWebhook(@Argument Map<String, Object> input,
                            @ContextValue(name = Caller.CONTEXT_KEY) Caller caller) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> models = (List<Map<String, Object>>) input.get("models");
        return webhooks.register((String) input.get("url"), models, (String) input.get("secret"), caller);
    }

    @MutationMapping
    Webhook deleteWebhook(@Argument String id) {
        return webhooks.delete(id);
    }
}
