package io.customerlens.trusted;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.customerlens.support.Hashes;
import io.customerlens.web.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The registry of trusted documents: the files of {@code customerlens.trusted-documents.locations}, read at start-up,
 * and the documents admins register, kept in the store so every instance sees them. A document is identified by the
 * SHA-256 of its exact text, as trusted (persisted) documents are by GraphQL clients: a client sends the registered
 * text unchanged.
 */
@Service
public class TrustedDocuments {

    private static final Logger log = LoggerFactory.getLogger(TrustedDocuments.class);
    static final String REGISTERED = "registered";

    private final TrustedDocumentStore store;
    private final Clock clock;
    private final Map<String, TrustedDocument> files = new LinkedHashMap<>();

    TrustedDocuments(TrustedDocumentsProperties properties, ResourcePatternResolver resources,
                     TrustedDocumentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        for (String location : properties.locations()) {
            for (Resource file : files(resources, location)) {
                add(file);
            }
        }
        if (properties.enabled()) {
            log.info("Trusted documents on: {} document file(s) from {}, plus those admins register", files.size(),
                    properties.locations());
        }
    }

    /** @return the id of a document's text: {@code sha256:} and the hex SHA-256 of its UTF-8 bytes */
    public static String idOf(String document) {
        return "sha256:" + Hashes.sha256(document);
    }

    /** @return whether the document with this id ({@link #idOf}) is trusted */
    public boolean trusted(String id) {
        return files.containsKey(id) || store.find(id) != null;
    }

    /** @return every trusted document: the files first, then the registered ones, each by id */
    List<TrustedDocument> all() {
        List<TrustedDocument> all = new ArrayList<>(files.values());
        store.all().stream().filter(document -> !files.containsKey(document.id())).forEach(all::add);
        return all;
    }

    /**
     * Registers a document.
     *
     * @throws InvalidInputException when the text is not a GraphQL document with at least one operation
     */
    TrustedDocument register(String document, String admin) {
        List<String> operations;
        try {
            operations = operations(document);
        } catch (InvalidSyntaxException e) {
            throw new InvalidInputException("document", "is not a GraphQL document: " + e.getMessage());
        }
        if (operations.isEmpty()) {
            throw new InvalidInputException("document", "holds no operation (query, mutation or subscription)");
        }
        String id = idOf(document);
        TrustedDocument known = files.get(id);
        return known != null ? known : store.save(new TrustedDocument(id, document, operations, REGISTERED,
                admin, clock.instant()));
    }

    private void add(Resource file) {
        try {
            String text = file.getContentAsString(StandardCharsets.UTF_8);
            String id = idOf(text);
            files.put(id, new TrustedDocument(id, text, operations(text), file.getFilename(), null, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trusted document " + file.getDescription(), e);
        } catch (InvalidSyntaxException e) {
            log.warn("{} is not a GraphQL document and is not trusted: {}", file.getDescription(), e.getMessage());
        }
    }

    private static List<String> operations(String document) {
        Document parsed = Parser.parse(document);
        return parsed.getDefinitionsOfType(OperationDefinition.class).stream()
                .map(operation -> operation.getName() == null ? "(anonymous)" : operation.getName()).toList();
    }

    private static Resource[] files(ResourcePatternResolver resources, String location) {
        try {
            return resources.getResources(location);
        } catch (IOException e) {
            // a file: pattern whose folder does not exist has nothing to trust
            return new Resource[0];
        }
    }
}
