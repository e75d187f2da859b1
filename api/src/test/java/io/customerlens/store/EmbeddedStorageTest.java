package io.customerlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The storage contract against the embedded mongo-java-server, which CI always has. */
class EmbeddedStorageTest extends StorageContract {

    @Autowired(required = false)
    private MongoServer embedded;

    @Test
    void runsOnTheEmbeddedServer() {
        assertThat(embedded).isNotNull();
    }
}
