package io.customerlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The storage contract against a real MongoDB in a container; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
class MongoDbStorageTest extends StorageContract {

    @Container
    @ServiceConnection
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @Autowired
    private ObjectProvider<MongoServer> embedded;

    @Test
    void runsOnRealMongoDbWithoutStartingTheEmbeddedServer() {
        assertThat(embedded.getIfAvailable()).isNull();
    }
}
