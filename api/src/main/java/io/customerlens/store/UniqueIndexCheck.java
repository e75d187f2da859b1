package io.customerlens.store;

import com.mongodb.client.MongoCollection;
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
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.stereotype.Component;

/**
 * After a crash of the embedded store, rebuilds the unique indexes the documents declare from the documents themselves
 * before the server serves: an
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
    private final DeclaredIndexes indexes;
    private final ObjectProvider<EmbeddedStore> embedded;
    private final Clock clock;
    private final Set<String> quarantinedCustomers = new TreeSet<>();
    private volatile boolean checked;

    UniqueIndexCheck(MongoTemplate mongo, DeclaredIndexes indexes, ObjectProvider<EmbeddedStore> embedded,
                     Clock clock) {
        this.mongo = mongo;
        this.indexes = indexes;
        this.embedded = embedded;
        this.clock = clock;
    }

    /** Rebuilds every declared unique index if the embedded store's last user stopped without closing it. */
    void checkAfterCrash() {
        EmbeddedStore store = embedded.getIfAvailable();
        if (checked || store == null || !store.uncleanlyClosed()) {
            return;
        }
        long started = System.nanoTime();
        int rebuilt = 0;
        for (DeclaredIndexes.Declared declared : indexes.all()) {
            if (declared.unique()) {
                rebuild(declared.type(), declared.index());
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
        return mongo.estimatedCount(QUARANTINE); // 0 while the collection does not exist
    }

    /**
     * Drops the index, quarantines duplicates and creates it again from the documents. mongo-java-server 1.47 drops
     * the catalogue entries of same-named indexes of other collections along with the one dropped (the index itself
     * stays); creating an existing index restores its entry, so each index is created once before it is dropped, and
     * {@link StoreStartup} creates them all again afterwards.
     */
    private void rebuild(Class<?> type, IndexDefinition index) {
        String name = index.getIndexOptions().getString("name");
        mongo.indexOps(type).createIndex(index);
        mongo.indexOps(type).dropIndex(name);
        quarantineDuplicates(mongo.getCollection(mongo.getCollectionName(type)), name, index.getIndexKeys(),
                Boolean.TRUE.equals(index.getIndexOptions().get("sparse")));
        mongo.indexOps(type).createIndex(index);
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
