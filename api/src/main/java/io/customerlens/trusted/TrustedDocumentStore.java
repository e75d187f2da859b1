package io.customerlens.trusted;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The {@value TrustedDocument#COLLECTION} collection: documents admins registered, by id. */
@Repository
class TrustedDocumentStore {

    private final MongoTemplate mongo;

    TrustedDocumentStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return the document with this id, or null */
    TrustedDocument find(String id) {
        return mongo.findById(id, TrustedDocument.class);
    }

    /** @return the document as stored; registering the same text again keeps one */
    TrustedDocument save(TrustedDocument document) {
        return mongo.save(document);
    }

    List<TrustedDocument> all() {
        return mongo.find(new Query().with(Sort.by("_id")), TrustedDocument.class);
    }
}
