package io.customerlens.snapshot;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The snapshot store contract against a real MongoDB in a container, with explained plans; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class MongoDbSnapshotStoreTest extends SnapshotStoreContract {

    @Container
    @ServiceConnection
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @Override
    boolean storeExplains() {
        return true;
    }
}
