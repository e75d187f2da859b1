package io.customerlens.webhook;

import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The {@value Webhook#COLLECTION} and {@value WebhookDelivery#COLLECTION} collections. */
@Repository
class WebhookStore {

    private final MongoTemplate mongo;

    WebhookStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Webhook insert(Webhook webhook) {
        return mongo.insert(webhook);
    }

    /** @return the webhook, or null */
    Webhook find(String id) {
        return ObjectId.isValid(id) ? mongo.findById(id, Webhook.class) : null;
    }

    /** @return every webhook, oldest first */
    List<Webhook> all() {
        return mongo.find(new Query().with(Sort.by("_id")), Webhook.class);
    }

    /** @return the webhook removed, or null; its delivery log is kept */
    Webhook remove(String id) {
        return ObjectId.isValid(id) ? mongo.findAndRemove(Query.query(Criteria.where("_id").is(id)), Webhook.class)
                : null;
    }

    WebhookDelivery insert(WebhookDelivery delivery) {
        return mongo.insert(delivery);
    }

    WebhookDelivery delivery(String id) {
        return mongo.findById(id, WebhookDelivery.class);
    }

    /** Adds an attempt and moves the delivery to its new state. */
    WebhookDelivery attempted(String id, WebhookDelivery.Attempt attempt, WebhookDelivery.State state,
                              Instant nextAttemptAt) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(id)),
                new Update().push(WebhookDelivery.ATTEMPTS, attempt).set(WebhookDelivery.STATE, state)
                        .set(WebhookDelivery.NEXT_ATTEMPT_AT, nextAttemptAt),
                FindAndModifyOptions.options().returnNew(true), WebhookDelivery.class);
    }

    /** @return a page of a webhook's deliveries, newest first, after the given id, one more than asked */
    List<WebhookDelivery> deliveries(String webhookId, WebhookDelivery.State state, String beforeId, int limit) {
        Criteria criteria = Criteria.where(WebhookDelivery.WEBHOOK_ID).is(webhookId);
        if (state != null) {
            criteria = criteria.and(WebhookDelivery.STATE).is(state);
        }
        if (beforeId != null) {
            criteria = criteria.and("_id").lt(new ObjectId(beforeId));
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit),
                WebhookDelivery.class);
    }

    /** @return the deliveries still to be attempted (after a restart) */
    List<WebhookDelivery> pending() {
        return mongo.find(Query.query(Criteria.where(WebhookDelivery.STATE).is(WebhookDelivery.State.PENDING)),
                WebhookDelivery.class);
    }
}
