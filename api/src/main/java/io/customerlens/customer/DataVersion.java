package io.customerlens.customer;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Counts writes to customer data in this server, so that population-wide figures computed from the data
 * (such as RFM quantiles) know when to be recomputed. Per-customer results use the customer's own
 * {@code revision} instead.
 */
@Component
public class DataVersion {

    private final AtomicLong version = new AtomicLong();

    /** @return the current version; it changes after every write */
    public long current() {
        return version.get();
    }

    /** Records that customer data changed. */
    public void changed() {
        version.incrementAndGet();
    }
}
