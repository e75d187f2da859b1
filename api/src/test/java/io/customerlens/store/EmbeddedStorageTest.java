package io.customerlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The storage contract against the embedded mongo-java-server, which CI always has. */
class EmbeddedStorageTest extends StorageContract {

    @Autowired(required = false)
    private EmbeddedStore embedded;

    @Test
    void runsOnTheEmbeddedServer() {
        assertThat(embedded).isNotNull();
    }
}
