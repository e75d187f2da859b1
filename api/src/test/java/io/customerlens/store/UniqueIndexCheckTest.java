package io.customerlens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customerlens.CustomerLensApplication;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A store file in which a unique index lost an entry (as H2's background commit could leave it in a crash) lets a
 * second order with the same external id in. After an unclean stop the server rebuilds its unique indexes before it
 * serves: the younger duplicate is quarantined (not kept, not silently dropped), the index holds again, and the
 * customer's summary is recomputed from the history that remains.
 */
class UniqueIndexCheckTest {

    @TempDir
    Path dir;

    @Test
    void aDuplicateLeftByALostIndexEntryIsQuarantinedAfterAnUncleanStop() throws Exception {
        Path file = dir.resolve("store.mv");
        ObjectId customer = new ObjectId();
        try (ConfigurableApplicationContext first = start(file)) {
            MongoTemplate mongo = first.getBean(MongoTemplate.class);
            mongo.insert(new Document("_id", customer).append("externalId", "C-1")
                    .append("orderSummary", summary(2, "15.00")).append("revision", 1L), "customers");
            mongo.insert(order(customer, "10.00"), "orders");
            // A second entry, so that the index is not empty: mongo-java-server rebuilds an empty index when it opens.
            mongo.insert(order(customer, "5.00").append("externalId", "OTHER-1"), "orders");
        }
        dropIndexEntry(file, "orders._index_externalId", "DUP-1");

        try (ConfigurableApplicationContext second = start(file)) {
            MongoTemplate mongo = second.getBean(MongoTemplate.class);
            mongo.insert(order(customer, "25.00"), "orders"); // the damaged index lets it in
            mongo.getCollection("customers").updateOne(new Document("_id", customer),
                    new Document("$set", new Document("orderSummary", summary(3, "40.00"))));
            assertThat(mongo.getCollection("orders").countDocuments(new Document("externalId", "DUP-1"))).isEqualTo(2);
        }
        Files.writeString(dir.resolve("store.mv.open"), "a server that was killed\n"); // as a crash leaves it

        try (ConfigurableApplicationContext third = start(file)) {
            MongoTemplate mongo = third.getBean(MongoTemplate.class);
            assertThat(mongo.getCollection("orders").countDocuments(new Document("externalId", "DUP-1"))).isEqualTo(1);
            Document quarantined = mongo.getCollection(UniqueIndexCheck.QUARANTINE).find().first();
            assertThat(quarantined).isNotNull();
            assertThat(quarantined.getString("collection")).isEqualTo("orders");
            assertThat(quarantined.get("document", Document.class).get("amount"))
                    .isEqualTo(new Decimal128(new BigDecimal("25.00")));
            assertThat(third.getBean(UniqueIndexCheck.class).quarantined()).isEqualTo(1);
            Document summary = mongo.getCollection("customers").find(new Document("_id", customer)).first()
                    .get("orderSummary", Document.class);
            assertThat(summary.getInteger("count")).isEqualTo(2);
            assertThat(summary.get("total", Decimal128.class).bigDecimalValue()).isEqualByComparingTo("15.00");
            assertThatThrownBy(() -> mongo.insert(order(customer, "1.00"), "orders"))
                    .isInstanceOf(DuplicateKeyException.class);
            assertThat(mongo.getCollection("orders").listIndexes().map(index -> index.getString("name")))
                    .as("the index catalogue, which a restart opens the indexes from").contains("externalId");
            assertThat(mongo.getCollection("customers").listIndexes().map(index -> index.getString("name")))
                    .contains("externalId");
        }
        assertThat(dir.resolve("store.mv.open")).as("a clean stop removes the marker").doesNotExist();
    }

    private static Document order(ObjectId customer, String amount) {
        return new Document("customerId", customer.toHexString()).append("externalId", "DUP-1")
                .append("orderedAt", Date.from(Instant.parse("2025-01-15T10:00:00Z")))
                .append("amount", new Decimal128(new BigDecimal(amount)));
    }

    private static Document summary(int count, String total) {
        Date at = Date.from(Instant.parse("2025-01-15T10:00:00Z"));
        return new Document("count", count).append("total", new Decimal128(new BigDecimal(total)))
                .append("firstOrderAt", at).append("lastOrderAt", at);
    }

    /** Removes the index entry whose key holds this value, as a commit in the middle of an insert could lose it. */
    private static void dropIndexEntry(Path file, String mapSuffix, String value) {
        MVStore store = MVStore.open(file.toString());
        try {
            String name = store.getMapNames().stream().filter(map -> map.endsWith(mapSuffix)).findFirst().orElseThrow();
            MVMap<Object, Object> index = store.openMap(name);
            Object key = index.keySet().stream().filter(entry -> entry.toString().contains(value)).findFirst().orElseThrow();
            index.remove(key);
            store.commit();
        } finally {
            store.close();
        }
    }

    private ConfigurableApplicationContext start(Path file) {
        return new SpringApplicationBuilder(CustomerLensApplication.class)
                .run("--spring.main.web-application-type=none", "--customerlens.store.embedded.file=" + file,
                        "--customerlens.plugins.dir=" + dir.resolve("plugins"));
    }
}
