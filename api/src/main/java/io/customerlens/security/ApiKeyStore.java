package io.customerlens.security;

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

/** The {@code api_keys} collection: keys are found by the HMAC of their secret (unique index), never by the secret. */
@Repository
class ApiKeyStore {

    private final MongoTemplate mongo;

    ApiKeyStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    ApiKey insert(ApiKey key) {
        return mongo.insert(key);
    }

    /** @return the key as revoked now, or null if there is no valid key with this id */
    ApiKey revoke(String id, Instant at) {
        return ObjectId.isValid(id) ? mongo.findAndModify(
                Query.query(Criteria.where("_id").is(id).and(ApiKey.REVOKED_AT).isNull()),
                new Update().set(ApiKey.REVOKED_AT, at), FindAndModifyOptions.options().returnNew(true), ApiKey.class)
                : null;
    }

    /** @return every key, revoked ones included, oldest first */
    List<ApiKey> all() {
        return mongo.find(new Query().with(Sort.by("_id")), ApiKey.class);
    }

    /** @return the valid key with this HMAC, or null */
    ApiKey validByHmac(String hmac) {
        return mongo.findOne(Query.query(Criteria.where(ApiKey.HMAC).is(hmac).and(ApiKey.REVOKED_AT).isNull()),
                ApiKey.class);
    }
}
