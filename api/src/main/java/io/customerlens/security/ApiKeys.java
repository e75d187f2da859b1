package io.customerlens.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.customerlens.support.Hashes;
import io.customerlens.web.InputChecks;
import io.customerlens.web.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Checks API keys against the configured hashes and the stored ones, and creates and revokes stored keys.
 * Configured keys are given by SHA-256; stored keys are kept as HMAC-SHA256 under the {@link KeySecret}, so a hash
 * written into the store without the secret matches nothing. Keys are 32 random bytes, so a fast hash is enough:
 * there is nothing to guess a dictionary from.
 */
@Service
public class ApiKeys {

    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);
    private static final String KEY_PREFIX = "cl_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyStore keys;
    private final SecurityProperties properties;
    private final KeySecret secret;
    private final LegacyApiKeys legacyKeys;
    private final Clock clock;
    private final Map<String, Caller> configured;
    private final Cache<String, Caller> stored;

    ApiKeys(ApiKeyStore keys, SecurityProperties properties, KeySecret secret, LegacyApiKeys legacyKeys,
                  Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.secret = secret;
        this.legacyKeys = legacyKeys;
        this.clock = clock;
        this.configured = properties.keys().stream().collect(Collectors.toMap(
                key -> checkedHash(key.sha256(), key.name()),
                key -> caller(key.name(), key.role()),
                (first, second) -> {
                    throw new IllegalStateException("customerlens.security.keys: two keys have the same hash ("
                            + first.name() + ", " + second.name() + ")");
                }));
        this.stored = Caffeine.newBuilder().expireAfterWrite(properties.keyCacheTtl()).maximumSize(10_000).build();
        if (configured.isEmpty() && properties.anonymousRole() == null) {
            log.warn("No API keys are configured and anonymous access is off: every request will be refused. "
                    + "Set customerlens.security.keys (see docs/security.md).");
        }
    }

    /** @return the caller the key belongs to, if it is a valid key */
    public Optional<Caller> authenticate(String key) {
        Caller caller = configured.get(Hashes.sha256(key));
        if (caller != null) {
            return Optional.of(caller);
        }
        // Only found keys are remembered, so a key created on another server instance works here at once.
        return Optional.ofNullable(stored.get(secret.hmac(key), this::lookUp));
    }

    /** @return the caller of requests without a key, if anonymous access is on */
    public Optional<Caller> anonymous() {
        Role role = properties.anonymousRole();
        return Optional.ofNullable(role).map(r -> caller(Caller.ANONYMOUS, r));
    }

    ApiKey.Created create(String name, Role role, Caller creator) {
        InputChecks.of("input").text(name, "name", 100).throwIfInvalid();
        legacyKeys.upgrade();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKey apiKey = keys.insert(new ApiKey(null, name.strip(), role, secret.hmac(key), key.substring(0, 8),
                creator.name(), clock.instant(), null));
        log.info("API key '{}' ({}) created by '{}'", apiKey.name(), role, creator.name());
        return new ApiKey.Created(key, apiKey);
    }

    ApiKey revoke(String id, Caller revoker) {
        ApiKey revoked = keys.revoke(id, clock.instant());
        if (revoked == null) {
            throw new NotFoundException("no valid API key with id '" + id + "'");
        }
        if (revoked.hmac() != null) { // null for a key stored by an earlier version, never looked up now
            stored.invalidate(revoked.hmac());
        }
        log.info("API key '{}' revoked by '{}'", revoked.name(), revoker.name());
        return revoked;
    }

    List<ApiKey> list() {
        return keys.all();
    }

    private Caller lookUp(String hmac) {
        ApiKey key = keys.validByHmac(hmac);
        return key == null ? null : caller(key.name(), key.role());
    }

    private Caller caller(String name, Role role) {
        return new Caller(name, role, properties.seesPersonalData(role));
    }

    private static String checkedHash(String hash, String name) {
        if (hash == null || !hash.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalStateException("customerlens.security.keys: key '" + name
                    + "' needs sha256: the 64 hex digits of the key's SHA-256 hash");
        }
        return hash.toLowerCase(Locale.ROOT);
    }
}
