package io.customerlens.customer;

import java.util.List;

/**
 * Published after a write to customers' data has been stored (a profile change, an order, a survey, an interaction,
 * engagement counts, an import batch), so that features which follow customers' segments can look at them again.
 *
 * @param customerIds the customers written
 * @param cause       what was written
 */
public record CustomersWritten(List<String> customerIds, ChangeCause cause) {

    public CustomersWritten {
        customerIds = List.copyOf(customerIds);
    }
}
