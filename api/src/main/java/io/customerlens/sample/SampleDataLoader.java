package io.customerlens.sample;

import io.customerlens.customer.Customer;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.Order;
import io.customerlens.customer.Survey;
import io.customerlens.store.StoreStartupStep;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the sample population when enabled and the store holds no customers yet: a start-up step, so the data is in
 * before the port opens (or, if the store was down, before {@link SampleDataGate} lets requests through). Customers
 * go in a batch at a time, each batch after its history, so a customer never appears without the history its
 * summary counts, and {@link SampleDataStatus} tells how far it got.
 */
@Component
@org.springframework.core.annotation.Order(10) // after the store is readied: indexes, interrupted writes
@ConditionalOnProperty(name = "customerlens.sample-data.enabled", havingValue = "true")
class SampleDataLoader implements StoreStartupStep {

    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);
    private static final int CUSTOMERS_PER_BATCH = 500;

    private final StoreSeeder seeder;
    private final SampleDataProperties properties;
    private final SampleDataStatus status;
    private final Clock clock;

    SampleDataLoader(StoreSeeder seeder, SampleDataProperties properties, SampleDataStatus status, Clock clock) {
        this.seeder = seeder;
        this.properties = properties;
        this.status = status;
        this.clock = clock;
    }

    @Override
    public String description() {
        return "loading the sample data";
    }

    @Override
    public void run() {
        if (!seeder.storeIsEmpty("Sample data")) {
            status.done();
            return;
        }
        long started = System.nanoTime();
        SamplePopulation population = new SampleDataGenerator(properties.seed(), LocalDate.now(clock), properties.orderRate())
                .generate(properties.customers());
        Map<String, List<Order>> orders = population.orders().stream().collect(Collectors.groupingBy(Order::customerId));
        Map<String, List<Survey>> surveys = population.surveys().stream().collect(Collectors.groupingBy(Survey::customerId));
        Map<String, List<Interaction>> interactions = population.interactions().stream()
                .collect(Collectors.groupingBy(Interaction::customerId));
        List<Customer> customers = population.customers();
        for (int from = 0; from < customers.size(); from += CUSTOMERS_PER_BATCH) {
            List<Customer> batch = customers.subList(from, Math.min(customers.size(), from + CUSTOMERS_PER_BATCH));
            seeder.insertHistory(historyOf(batch, orders), Order.class);
            seeder.insertHistory(historyOf(batch, surveys), Survey.class);
            seeder.insertHistory(historyOf(batch, interactions), Interaction.class);
            seeder.insertCustomers(batch);
            status.loaded(from + batch.size());
        }
        seeder.done();
        status.done();
        log.info("Loaded sample data in {} ms: {} customers, {} orders, {} surveys, {} interactions (seed {})",
                (System.nanoTime() - started) / 1_000_000, population.customers().size(), population.orders().size(),
                population.surveys().size(), population.interactions().size(), properties.seed());
    }

    private static <T> List<T> historyOf(List<Customer> customers, Map<String, List<T>> byCustomer) {
        return customers.stream().flatMap(customer -> byCustomer.getOrDefault(customer.id(), List.of()).stream()).toList();
    }
}
