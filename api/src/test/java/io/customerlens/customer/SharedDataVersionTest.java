package io.customerlens.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Two server instances on one embedded store, each with its own data version, and a hand-driven clock. */
class SharedDataVersionTest {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private final AtomicLong nanos = new AtomicLong();

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        mongo = new MongoTemplate(client, "customer-lens");
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private DataVersion instance() {
        return new DataVersion(new StoredWriteCount(mongo), Duration.ofSeconds(2), nanos::get);
    }

    @Test
    void aWriteThroughOneInstanceChangesTheOthersVersionWithinTheRefreshInterval() {
        DataVersion a = instance();
        DataVersion b = instance();
        long before = b.current();

        a.changed();

        assertThat(b.current()).as("read less than 2 s ago").isEqualTo(before);
        nanos.addAndGet(Duration.ofMillis(1999).toNanos());
        assertThat(b.current()).isEqualTo(before);
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        long after = b.current();
        assertThat(after).isNotEqualTo(before);
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(b.current()).as("no further write, no further change").isEqualTo(after);
    }

    @Test
    void anInstancesOwnWritesChangeItsVersionAtOnce() {
        DataVersion a = instance();
        long first = a.current();

        a.changed();
        long second = a.current();
        a.changed();

        assertThat(second).isGreaterThan(first);
        assertThat(a.current()).isGreaterThan(second);
        assertThat(new StoredWriteCount(mongo).read()).isEqualTo(2);
    }

    @Test
    void aCountThatGoesBackwardsStillChangesTheVersion() {
        DataVersion b = instance();
        instance().changed();
        instance().changed();
        long seenTwo = b.current();

        mongo.dropCollection(StoredWriteCount.COLLECTION);
        instance().changed();
        nanos.addAndGet(Duration.ofSeconds(3).toNanos());

        assertThat(b.current()).isGreaterThan(seenTwo);
    }

    @Test
    void withoutTheSharedCountOnlyThisInstancesWritesCount() {
        DataVersion local = new DataVersion();
        long before = local.current();
        instance().changed();

        assertThat(local.current()).isEqualTo(before);
        local.changed();
        assertThat(local.current()).isEqualTo(before + 1);
    }
}
