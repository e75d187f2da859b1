package io.customerlens.sample;

import io.customerlens.customer.Customer;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.Order;
import io.customerlens.customer.Survey;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Loads the sample population at start-up when enabled and the store holds no customers yet. */
@Component
@ConditionalOnProperty(name = "customerlens.sample-data.enabled", havingValue = "true")
class SampleDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

    private final StoreSeeder seeder;
    private final SampleDataProperties properties;
    private final Clock clock;

    SampleDataLoader(StoreSeeder seeder, SampleDataProperties properties, Clock clock) {
        this.seeder = seeder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!seeder.storeIsEmpty("Sample data")) {
            return;
        }
        long started = System.nanoTime();
        SamplePopulation population = new SampleDataGenerator(properties.seed(), LocalDate.now(clock), properties.orderRate())
                .generate(properties.customers());
        // History first, customers last: a customer never appears without the history its summary counts.
        seeder.insert(population.orders(), Order.class);
        seeder.insert(population.surveys(), Survey.class);
        seeder.insert(population.interactions(), Interaction.class);
        seeder.insert(population.customers(), Customer.class);
        seeder.done();
        log.info("Loaded sample data in {} ms: {} customers, {} orders, {} surveys, {} interactions (seed {})",
                (System.nanoTime() - started) / 1_000_000, population.customers().size(), population.orders().size(),
                population.surveys().size(), population.interactions().size(), properties.seed());
    }
}
