package io.customerlens.trusted;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A GraphQL document the server runs while trusted documents are on.
 *
 * @param id           {@code sha256:} and the hex SHA-256 of the document's exact UTF-8 text: what identifies it
 * @param document     the text
 * @param operations   the names of its operations (an unnamed one as {@code (anonymous)})
 * @param source       the file it came from, or {@code registered} for one an admin registered
 * @param registeredBy the admin's key name, or null for a file
 * @param registeredAt when an admin registered it, or null for a file
 */
@Document(TrustedDocument.COLLECTION)
public record TrustedDocument(@Id String id, String document, List<String> operations, String source,
                              String registeredBy, Instant registeredAt) {

    public static final String COLLECTION = "trusted_documents";
}
