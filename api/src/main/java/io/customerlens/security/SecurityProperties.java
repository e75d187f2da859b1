package io.customerlens.security;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to the API.
 *
 * @param anonymousRole  the role of requests without an API key; empty (the default) refuses them. The demo
 *                       profile sets {@code admin}, which is for a laptop only.
 * @param keys           API keys given in configuration, by SHA-256 hash; more are created with the
 *                       {@code createApiKey} mutation and kept in the store
 * @param personalDataRoles the roles that see names, e-mail addresses, phone numbers and comments unmasked
 * @param keyCacheTtl    how long a stored key's lookup is remembered; a key revoked on another server instance
 *                       stops working after at most this long
 * @param keySecret      the secret stored keys are hashed with (HMAC-SHA256), at least 32 characters; empty (the
 *                       default) reads {@code keySecretFile}. Instances sharing a store need the same one.
 * @param keySecretFile  where the secret is kept when {@code keySecret} is empty, relative to the working
 *                       directory; generated, readable by the owner only, when it does not exist
 * @param wrongKeys      when an address that keeps sending wrong keys is refused for a while
 */
@ConfigurationProperties("customerlens.security")
public record SecurityProperties(Role anonymousRole,
                                 @DefaultValue List<ConfiguredKey> keys,
                                 @DefaultValue({"editor", "admin"}) Set<Role> personalDataRoles,
                                 @DefaultValue("30s") Duration keyCacheTtl,
                                 String keySecret,
                                 @DefaultValue("data/key-secret") String keySecretFile,
                                 @DefaultValue WrongKeys wrongKeys) {

    /**
     * An API key given in configuration.
     *
     * @param name   who or what uses it, shown in logs
     * @param sha256 the hex SHA-256 hash of the key, e.g. from {@code printf %s "$KEY" | sha256sum}
     * @param role   what it may do
     */
    public record ConfiguredKey(String name, String sha256, Role role) {
    }

    /**
     * Throttling of key guessing.
     *
     * @param limit   wrong API keys from one address within {@code window} after which it is refused (429)
     * @param window  the span the wrong keys are counted over
     * @param backoff how long the address is then refused, whatever key it sends
     */
    public record WrongKeys(@DefaultValue("10") int limit, @DefaultValue("1m") Duration window,
                            @DefaultValue("1m") Duration backoff) {
    }

    boolean seesPersonalData(Role role) {
        return personalDataRoles.contains(role);
    }
}
