package io.customerlens.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered webhook. The secret is kept as given, since signing needs it; the API never shows it again.
 *
 * @param models the model choices it follows
 */
@Document(Webhook.COLLECTION)
public record Webhook(@Id String id, String url, List<WatchedModel> models, String secret, String createdBy,
                      Instant createdAt) {

    public static final String COLLECTION = "webhooks";

    /**
     * One followed model choice.
     *
     * @param params the parameter values as given (null for the defaults)
     * @param key    the choice with defaults filled in, as segment changes name it
     */
    public record WatchedModel(String model, Map<String, Object> params, String key) {
    }
}
