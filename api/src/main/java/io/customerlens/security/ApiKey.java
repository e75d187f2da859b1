package io.customerlens.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An API key created through the API. Only a keyed hash of the key is stored, HMAC-SHA256 under the server's
 * {@link KeySecret}, so that a hash written into the store by anyone without the secret matches no key; the key
 * itself is shown once, when it is created. Revoked keys are kept, for the record, with the time they were revoked.
 *
 * @param id        the key's id
 * @param name      who or what uses it
 * @param role      what it may do
 * @param hmac      hex HMAC-SHA256 of the key under the server's key secret; null for a key stored by an earlier
 *                  version, which kept only its SHA-256 and is no longer accepted (see {@link LegacyApiKeys})
 * @param prefix    the first characters of the key, to tell keys apart without revealing them
 * @param createdBy the name of the key that created it
 * @param createdAt when it was created
 * @param revokedAt when it was revoked, or null while it is valid
 */
@Document("api_keys")
// The index is sparse because keys stored by earlier versions have no hmac.
public record ApiKey(@Id String id, String name, Role role, @Indexed(unique = true, sparse = true) String hmac,
                     String prefix, String createdBy, Instant createdAt, Instant revokedAt) {

    static final String HMAC = "hmac";
    static final String REVOKED_AT = "revokedAt";

    /**
     * The answer to {@code createApiKey}.
     *
     * @param key    the key, shown this once
     * @param apiKey what is stored about it
     */
    public record Created(String key, ApiKey apiKey) {
    }
}
