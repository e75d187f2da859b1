package io.customerlens.sample;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the sample population the server was asked to load is in the store yet. Reported as the
 * {@code sampleData} health component, which the readiness group includes: DOWN until loaded.
 */
@Component("sampleData")
class SampleDataStatus implements HealthIndicator {

    private final boolean expected;
    private final int total;
    private volatile int loaded;
    private volatile boolean done;

    SampleDataStatus(SampleDataProperties properties) {
        this.expected = properties.enabled();
        this.total = properties.customers();
    }

    /** @return whether requests must wait: sample data was asked for and is not fully loaded yet */
    boolean pending() {
        return expected && !done;
    }

    void loaded(int customers) {
        loaded = customers;
    }

    void done() {
        done = true;
    }

    /** @return what a caller is told while the data is pending */
    String message() {
        return "The server is loading its sample data (%,d of %,d customers); try again shortly".formatted(loaded, total);
    }

    @Override
    public Health health() {
        if (!expected) {
            return Health.up().withDetail("sampleData", "not requested").build();
        }
        return (done ? Health.up() : Health.outOfService()).withDetail("loaded", loaded).withDetail("customers", total)
                .build();
    }
}
