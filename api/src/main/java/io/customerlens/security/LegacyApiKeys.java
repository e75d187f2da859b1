package io.customerlens.security;

import io.customerlens.store.StoreStartupStep;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private final ApiKeyStore store;
    private volatile boolean upgraded;

    LegacyApiKeys(ApiKeyStore store) {
        this.store = store;
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

    private void dropSha256Index() {
        for (String index : store.dropIndexesOn(SHA256)) {
            log.info("Dropped the index {} of api_keys, which earlier versions used", index);
        }
    }

    private void warnOfValidKeys() {
        List<ApiKey> legacy = store.validLegacy();
        if (!legacy.isEmpty()) {
            log.warn("{} API key(s) stored by an earlier version are no longer accepted: {}. Stored keys are now hashed "
                            + "with the server's key secret, and a stored SHA-256 cannot be converted without the key: "
                            + "re-create each one with createApiKey, then revoke the old one with revokeApiKey.",
                    legacy.size(), legacy.stream().map(key -> "'" + key.name() + "' (" + key.prefix() + ")")
                            .collect(Collectors.joining(", ")));
        }
    }
}
