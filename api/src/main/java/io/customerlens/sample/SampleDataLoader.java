package io.customerlens.sample;

import io.customerlens.customer.Customer;
import io.customerlens.customer.DataVersion;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.Order;
import io.customerlens.customer.Survey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Loads the sample population at start-up when enabled and the store holds no customers yet. */
@Component
@ConditionalOnProperty(name = "customerlens.sample-data.enabled", havingValue = "true")
class SampleDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);
    private static final int BATCH = 2_000;

    private final MongoTemplate mongo;
    private final SampleDataProperties properties;
    private final DataVersion dataVersion;
    private final Clock clock;

    SampleDataLoader(MongoTemplate mongo, SampleDataProperties properties, DataVersion dataVersion, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long existing = mongo.estimatedCount(Customer.class);
        if (existing > 0) {
            log.info("Sample data not loaded: the store already holds {} customers", existing);
            return;
        }
        long started = System.nanoTime();
        SamplePopulation population = new SampleDataGenerator(properties.seed(), LocalDate.now(clock))
                .generate(properties.customers());
        // History first, customers last: a customer never appears without the history its summary counts.
        insert(population.orders(), Order.class);
        insert(population.surveys(), Survey.class);
        insert(population.interactions(), Interaction.class);
        insert(population.customers(), Customer.class);
        dataVersion.changed();
        log.info("Loaded sample data in {} ms: {} customers, {} orders, {} surveys, {} interactions (seed {})",
                (System.nanoTime() - started) / 1_000_000, population.customers().size(), population.orders().size(),
                population.surveys().size(), population.interactions().size(), properties.seed());
    }

    private <T> void insert(List<T> documents, Class<T> type) {
        for (int from = 0; from < documents.size(); from += BATCH) {
            mongo.insert(documents.subList(from, Math.min(documents.size(), from + BATCH)), type);
        }
    }
}
