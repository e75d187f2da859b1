package io.customerlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.customerlens.CustomerLensApplication;
import java.nio.file.Path;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A deployment configured with Spring Boot 3's {@code spring.data.mongodb.uri} still uses that MongoDB — not the
 * embedded store, not localhost. The "MongoDB" is a separate mongo-java-server on a port of its own.
 */
class LegacyMongoPropertiesTest {

    @TempDir
    Path dir;

    @Test
    void theBoot3UriOnTheCommandLineStillNamesTheStore() {
        MongoServer external = new MongoServer(H2Backend.inMemory());
        external.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + external.getLocalAddress().getPort() + "/legacy";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CustomerLensApplication.class)
                .run("--spring.main.web-application-type=none", "--spring.data.mongodb.uri=" + uri,
                        "--customerlens.plugins.dir=" + dir.resolve("plugins"))) {
            assertThat(context.getBeanProvider(EmbeddedStore.class).getIfAvailable()).as("embedded store").isNull();
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            assertThat(mongo.getDb().getWriteConcern()).as("MongoDB acknowledges journaled majority writes")
                    .isEqualTo(WriteConcern.MAJORITY.withJournal(true));
            mongo.insert(new Document("externalId", "LEGACY-1"), "customers");
            try (MongoClient client = MongoClients.create(uri)) {
                assertThat(client.getDatabase("legacy").getCollection("customers")
                        .countDocuments(new Document("externalId", "LEGACY-1"))).isEqualTo(1);
            }
        } finally {
            external.shutdownNow();
        }
    }

    @Test
    void theBoot4NameWinsAndOtherNamesAreLeftAlone() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("config", Map.of(
                "spring.data.mongodb.uri", "mongodb://old/db", "spring.data.mongodb.database", "old",
                "spring.mongodb.database", "new", "spring.data.mongodb.auto-index-creation", "true")));
        new LegacyMongoProperties(new DeferredLogs()).postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.mongodb.uri")).isEqualTo("mongodb://old/db");
        assertThat(environment.getProperty("spring.mongodb.database")).isEqualTo("new");
        assertThat(environment.getProperty("spring.mongodb.auto-index-creation")).isNull();
        assertThat(environment.getProperty("spring.mongodb.host")).isNull();
    }
}
