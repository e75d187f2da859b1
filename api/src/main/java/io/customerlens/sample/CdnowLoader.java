package io.customerlens.sample;

import io.customerlens.customer.Customer;
import io.customerlens.customer.Order;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Imports the CDNOW transaction log at start-up when {@code customerlens.cdnow.file} is set and the store holds
 * no customers, so the lifetime-value models can be tried through GraphQL on the data they were published on.
 * Streams the file and writes every {@value #BATCH} customers, their orders first.
 */
@Component
@ConditionalOnProperty(name = "customerlens.cdnow.file")
class CdnowLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CdnowLoader.class);
    private static final int BATCH = 1_000;

    private final StoreSeeder seeder;
    private final CdnowProperties properties;
    private final Clock clock;

    CdnowLoader(StoreSeeder seeder, CdnowProperties properties, Clock clock) {
        this.seeder = seeder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!seeder.storeIsEmpty("CDNOW log")) {
            return;
        }
        Path file = Path.of(properties.file());
        long started = System.nanoTime();
        List<Customer> customers = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        int[] counts = new int[2];
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            CdnowLog.Check check = CdnowLog.check(reader);
            if (!check.ok()) {
                throw new IllegalStateException("The CDNOW log " + file.toAbsolutePath() + " has " + check.count()
                        + " malformed line(s); nothing was imported. " + String.join("; ", check.problems()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CDNOW log " + file.toAbsolutePath(), e);
        }
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            CdnowLog.read(reader, clock.instant(), entry -> {
                customers.add(entry.customer());
                orders.addAll(entry.orders());
                if (customers.size() == BATCH) {
                    write(customers, orders, counts);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CDNOW log " + file.toAbsolutePath(), e);
        }
        write(customers, orders, counts);
        seeder.done();
        log.info("Imported the CDNOW log {} in {} ms: {} customers, {} orders", file,
                (System.nanoTime() - started) / 1_000_000, counts[0], counts[1]);
    }

    private void write(List<Customer> customers, List<Order> orders, int[] counts) {
        seeder.insert(orders, Order.class);
        seeder.insert(customers, Customer.class);
        counts[0] += customers.size();
        counts[1] += orders.size();
        customers.clear();
        orders.clear();
    }
}
