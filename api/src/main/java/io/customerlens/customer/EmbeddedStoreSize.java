package io.customerlens.customer;

import io.customerlens.store.EmbeddedStore;
import io.customerlens.store.EmbeddedStoreProperties;
import io.customerlens.store.StoreStartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the embedded store holds more customers than it serves interactive pages for
 * ({@code customerlens.store.embedded.interactive-customers}): it builds no secondary index, so every page query
 * scans and sorts the customers, and beyond that size pages take longer than a screen should wait. MongoDB has no
 * such limit. Runs last, after sample data is loaded.
 */
@Component
@Order(100)
class EmbeddedStoreSize implements StoreStartupStep {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreSize.class);

    private final CustomerStore customers;
    private final EmbeddedStoreProperties properties;
    private final boolean embedded;

    EmbeddedStoreSize(CustomerStore customers, EmbeddedStoreProperties properties, ObjectProvider<EmbeddedStore> store) {
        this.customers = customers;
        this.properties = properties;
        this.embedded = store.getIfAvailable() != null;
    }

    @Override
    public String description() {
        return "check the size of the embedded store";
    }

    @Override
    public void run() {
        if (embedded && customers() > properties.interactiveCustomers()) {
            log.warn("The embedded store holds {} customers; it serves interactive pages up to about {} "
                            + "(customerlens.store.embedded.interactive-customers). Beyond that, pages scan the whole "
                            + "collection: use MongoDB (spring.mongodb.uri), see docs/deployment.md",
                    customers(), properties.interactiveCustomers());
        }
    }

    private long customers() {
        return customers.estimatedCount();
    }
}
