package io.customerlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.CustomerLensApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The embedded store keeps its data in a file, so a restarted server finds it again. */
class EmbeddedStorePersistenceTest {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestart() {
        Path file = dir.resolve("data/store.mv");
        try (ConfigurableApplicationContext first = start(file)) {
            first.getBean(MongoTemplate.class).insert(new Document("externalId", "KEEP-1"), "customers");
        }
        assertThat(file).exists();

        try (ConfigurableApplicationContext second = start(file)) {
            assertThat(second.getBean(MongoTemplate.class).getCollection("customers")
                    .countDocuments(new Document("externalId", "KEEP-1"))).isEqualTo(1);
        }
    }

    @Test
    void anEmptyFileSettingMeansInMemory() throws Exception {
        try (ConfigurableApplicationContext context = start("")) {
            context.getBean(MongoTemplate.class).insert(new Document("externalId", "GONE"), "customers");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    /** Starts the server without its web layer; arguments, as on a command line, beat application.yml. */
    private ConfigurableApplicationContext start(Object file) {
        return new SpringApplicationBuilder(CustomerLensApplication.class)
                .run("--spring.main.web-application-type=none",
                        "--customerlens.store.embedded.file=" + file,
                        "--customerlens.plugins.dir=" + dir.resolve("plugins"));
    }
}
