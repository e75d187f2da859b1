package io.customerlens.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * After a crash of the embedded store, rebuilds its unique indexes from the documents before the server serves: an
 * H2 file written by an older version (which committed in the background, mid-write) may hold a document without its
 * index entry, which would let the same key be stored twice. A key found more than once keeps its oldest document;
 * the others are moved to the {@value #QUARANTINE} collection and reported in the log and under {@code store} health,
 * never silently kept or dropped. Real MongoDB journals its own writes and is not checked.
 */
@Component
public class UniqueIndexCheck {

    static final String QUARANTINE = "quarantine";
    private static final Logger log = LoggerFactory.getLogger(UniqueIndexCheck.class);

    private final MongoTemplate mongo;
    private final ObjectProvider<EmbeddedStore> embedded;
    private final Clock clock;
    private final Set<String> quarantinedCustomers = new TreeSet<>();
    private volatile boolean checked;

    UniqueIndexCheck(MongoTemplate mongo, ObjectProvider<EmbeddedStore> embedded, Clock clock) {
        this.mongo = mongo;
        this.embedded = embedded;
        this.clock = clock;
    }

    /** Rebuilds every unique index (but {@code _id}'s) if the embedded store's last user stopped without closing it. */
    void checkAfterCrash() {
        EmbeddedStore store = embedded.getIfAvailable();
        if (checked || store == null || !store.uncleanlyClosed()) {
            return;
        }
        long started = System.nanoTime();
        int rebuilt = 0;
        for (String name : mongo.getCollectionNames()) {
            if (name.startsWith("system.") || name.equals(QUARANTINE)) {
                continue;
            }
            MongoCollection<Document> collection = mongo.getCollection(name);
            List<Document> unique = new ArrayList<>();
            collection.listIndexes().forEach(index -> {
                if (Boolean.TRUE.equals(index.getBoolean("unique")) && !"_id_".equals(index.getString("name"))) {
                    unique.add(index);
                }
            });
            for (Document index : unique) {
                rebuild(collection, index);
                rebuilt++;
            }
        }
        checked = true;
        log.info("The embedded store was not closed cleanly: {} unique indexes rebuilt in {} ms{}", rebuilt,
                (System.nanoTime() - started) / 1_000_000,
                quarantinedCustomers.isEmpty() ? "" : "; duplicates were moved to '" + QUARANTINE + "'");
    }

    /** @return the customers whose documents were quarantined, whose summaries need recomputing */
    public Set<String> quarantinedCustomers() {
        return Set.copyOf(quarantinedCustomers);
    }

    /** @return how many documents the quarantine holds */
    long quarantined() {
        return mongo.getCollectionNames().contains(QUARANTINE) ? mongo.getCollection(QUARANTINE).countDocuments() : 0;
    }

    private void rebuild(MongoCollection<Document> collection, Document index) {
        String name = index.getString("name");
        Document keys = index.get("key", Document.class);
        boolean sparse = Boolean.TRUE.equals(index.getBoolean("sparse"));
        collection.dropIndex(name);
        quarantineDuplicates(collection, name, keys, sparse);
        collection.createIndex(keys, new IndexOptions().name(name).unique(true).sparse(sparse));
    }

    private void quarantineDuplicates(MongoCollection<Document> collection, String indexName, Document keys,
                                      boolean sparse) {
        Document group = new Document();
        Document present = new Document();
        keys.keySet().forEach(field -> {
            group.append(field.replace('.', '_'), "$" + field);
            present.append(field, new Document("$exists", true));
        });
        List<Document> pipeline = new ArrayList<>();
        if (sparse) {
            pipeline.add(new Document("$match", present));
        }
        pipeline.add(new Document("$group", new Document("_id", group)
                .append("ids", new Document("$push", "$_id")).append("count", new Document("$sum", 1))));
        pipeline.add(new Document("$match", new Document("count", new Document("$gt", 1))));
        for (Document duplicate : collection.aggregate(pipeline)) {
            List<Object> ids = new ArrayList<>(duplicate.getList("ids", Object.class));
            ids.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
            for (Object id : ids.subList(1, ids.size())) {
                Document document = collection.find(new Document("_id", id)).first();
                if (document == null) {
                    continue;
                }
                mongo.getCollection(QUARANTINE).insertOne(new Document("collection", collection.getNamespace()
                        .getCollectionName()).append("index", indexName).append("key", duplicate.get("_id"))
                        .append("keptId", ids.get(0)).append("document", document).append("at", clock.instant()));
                collection.deleteOne(new Document("_id", id));
                if (document.get("customerId") != null) {
                    quarantinedCustomers.add(String.valueOf(document.get("customerId")));
                }
                log.error("Duplicate key {} in '{}' (unique index '{}'): document {} moved to '{}', {} kept",
                        duplicate.get("_id"), collection.getNamespace().getCollectionName(), indexName, id, QUARANTINE,
                        ids.get(0));
            }
        }
    }
}
