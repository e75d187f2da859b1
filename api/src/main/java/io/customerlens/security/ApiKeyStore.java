package io.customerlens.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;
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

    /** @return the keys an earlier version stored with a plain SHA-256, not revoked, oldest first */
    List<ApiKey> validLegacy() {
        return mongo.find(Query.query(Criteria.where(LegacyApiKeys.SHA256).exists(true).and(ApiKey.HMAC).exists(false)
                .and(ApiKey.REVOKED_AT).isNull()).with(Sort.by("_id")), ApiKey.class);
    }

    /** @return the names of the indexes dropped: those on this field alone */
    List<String> dropIndexesOn(String field) {
        IndexOperations indexes = mongo.indexOps(ApiKey.class);
        List<String> dropped = new ArrayList<>();
        for (IndexInfo index : indexes.getIndexInfo()) {
            if (index.isIndexForFields(List.of(field))) {
                indexes.dropIndex(index.getName());
                dropped.add(index.getName());
            }
        }
        return dropped;
    }
}
