package io.customerlens.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An API key created through the API. Only the SHA-256 hash of the key is stored; the key itself is shown once,
 * when it is created. Revoked keys are kept, for the record, with the time they were revoked.
 *
 * @param id        the key's id
 * @param name      who or what uses it
 * @param role      what it may do
 * @param sha256    hex SHA-256 hash of the key
 * @param prefix    the first characters of the key, to tell keys apart without revealing them
 * @param createdBy the name of the key that created it
 * @param createdAt when it was created
 * @param revokedAt when it was revoked, or null while it is valid
 */
@Document("api_keys")
public record ApiKey(@Id String id, String name, Role role, @Indexed(unique = true) String sha256, String prefix,
                     String createdBy, Instant createdAt, Instant revokedAt) {

    static final String SHA256 = "sha256";
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
