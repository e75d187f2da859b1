package io.customerlens.security;

import io.customerlens.store.StoreStartupStep;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * API keys stored by earlier versions, which kept a plain SHA-256 ({@code sha256}) instead of an {@code hmac}. They
 * are no longer accepted, since such a hash is what anyone able to write into the store could plant, and a stored
 * SHA-256 cannot be converted without the key: at start-up the valid ones are listed in a warning, to be re-created
 * with {@code createApiKey}. They still show in {@code apiKeys} and can be revoked.
 */
@Component
class LegacyApiKeys implements StoreStartupStep {

    static final String SHA256 = "sha256";
    private static final Logger log = LoggerFactory.getLogger(LegacyApiKeys.class);

    private final MongoTemplate mongo;
    private volatile boolean upgraded;

    LegacyApiKeys(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String description() {
        return "looking for API keys stored by earlier versions";
    }

    /** At start-up, once the store answers (a {@link StoreStartupStep}, retried while the store is down). */
    @Override
    public void run() {
        upgrade();
    }

    /**
     * Drops the earlier versions' unique index on {@code sha256}, which would admit only one new key (new keys have
     * no {@code sha256}), and warns of the legacy keys still valid; once per start, at the latest before a key is
     * created.
     */
    void upgrade() {
        if (upgraded) {
            return;
        }
        synchronized (this) {
            if (!upgraded) {
                dropSha256Index();
                warnOfValidKeys();
                upgraded = true;
            }
        }
    }

    /** @return the legacy keys not revoked, oldest first */
    List<ApiKey> valid() {
        return mongo.find(Query.query(Criteria.where(SHA256).exists(true).and(ApiKey.HMAC).exists(false)
                .and(ApiKey.REVOKED_AT).isNull()).with(Sort.by("_id")), ApiKey.class);
    }

    private void dropSha256Index() {
        IndexOperations indexes = mongo.indexOps(ApiKey.class);
        for (IndexInfo index : indexes.getIndexInfo()) {
            if (index.isIndexForFields(List.of(SHA256))) {
                indexes.dropIndex(index.getName());
                log.info("Dropped the index {} of api_keys, which earlier versions used", index.getName());
            }
        }
    }

    private void warnOfValidKeys() {
        List<ApiKey> legacy = valid();
        if (!legacy.isEmpty()) {
            log.warn("{} API key(s) stored by an earlier version are no longer accepted: {}. Stored keys are now hashed "
                            + "with the server's key secret, and a stored SHA-256 cannot be converted without the key: "
                            + "re-create each one with createApiKey, then revoke the old one with revokeApiKey.",
                    legacy.size(), legacy.stream().map(key -> "'" + key.name() + "' (" + key.prefix() + ")")
                            .collect(Collectors.joining(", ")));
        }
    }
}
