package io.customerlens.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.CustomerLensApplication;
import io.customerlens.customer.Customer;
import io.customerlens.customer.Order;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The sample flag fills an empty store once, and leaves a store with customers alone. */
class SampleDataLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsIntoAnEmptyStoreOnly() {
        Path file = dir.resolve("store.mv");
        try (ConfigurableApplicationContext context = start(file)) {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            assertThat(mongo.count(new Query(), Customer.class)).isEqualTo(150);
            assertThat(mongo.count(new Query(), Order.class)).isPositive();
        }
        try (ConfigurableApplicationContext again = start(file)) {
            assertThat(again.getBean(MongoTemplate.class)
                    .count(new Query(), Customer.class)).isEqualTo(150);
        }
    }

    private ConfigurableApplicationContext start(Path file) {
        return new SpringApplicationBuilder(CustomerLensApplication.class)
                .run("--spring.main.web-application-type=none", "--customerlens.store.embedded.file=" + file,
                        "--customerlens.plugins.dir=" + dir.resolve("plugins"),
                        "--customerlens.sample-data.enabled=true", "--customerlens.sample-data.customers=150");
    }
}
