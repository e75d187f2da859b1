package io.customerlens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.customerlens.CustomerLensApplication;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The embedded store listens on a local TCP port; a client other than the server (here: a MongoDB client in the
 * same JVM, which connects exactly as another process on the machine would) can neither read nor write it without
 * the password the server generated in memory.
 */
class PrivateStoreTest {

    @TempDir
    Path dir;

    @Test
    void aClientWithoutTheServersCredentialsIsRefused() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CustomerLensApplication.class)
                .run("--spring.main.web-application-type=none",
                        "--customerlens.store.embedded.file=" + dir.resolve("store.mv"),
                        "--customerlens.plugins.dir=" + dir.resolve("plugins"))) {
            context.getBean(MongoTemplate.class).insert(new Document("email", "secret@example.com"), "customers");
            ConnectionString server = context.getBean(EmbeddedStore.class).connection();
            String address = server.getHosts().get(0);

            try (MongoClient foreign = MongoClients.create("mongodb://" + address + "/?serverSelectionTimeoutMS=3000")) {
                assertThatThrownBy(() -> foreign.getDatabase("customerlens").getCollection("customers").find().first())
                        .isInstanceOf(MongoCommandException.class).hasMessageContaining("Unauthorized");
                assertThatThrownBy(() -> foreign.getDatabase("customerlens").getCollection("api_keys")
                        .insertOne(new Document("role", "ADMIN")))
                        .isInstanceOf(MongoCommandException.class).hasMessageContaining("Unauthorized");
            }
            String guessed = "mongodb://" + EmbeddedBackend.USER + ":guessed@" + address
                    + "/?authMechanism=PLAIN&authSource=%24external&serverSelectionTimeoutMS=3000";
            try (MongoClient guessing = MongoClients.create(guessed)) {
                assertThatThrownBy(() -> guessing.getDatabase("customerlens").getCollection("customers").find().first())
                        .isInstanceOf(MongoSecurityException.class);
            }
            try (MongoClient own = MongoClients.create(server)) {
                assertThat(own.getDatabase("customerlens").getCollection("customers").countDocuments()).isEqualTo(1);
            }
            assertThat(context.getBean(MongoTemplate.class).getCollection("api_keys").countDocuments()).isZero();
        }
    }
}
