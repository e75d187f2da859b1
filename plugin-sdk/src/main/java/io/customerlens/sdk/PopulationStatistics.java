package io.customerlens.sdk;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Statistics of the customer population that models may compare a customer against, computed by the
 * server over customers with at least one order and given to models that declare
 * {@link CustomerData#POPULATION}.
 *
 * @param customers    number of customers the statistics cover
 * @param recencyDays  days since the last order, as of {@code asOf}
 * @param frequency    number of orders
 * @param monetary     total spend
 * @param asOf         the date recency was measured at
 */
public record PopulationStatistics(long customers, Quantiles recencyDays, Quantiles frequency, Quantiles monetary,
                                   LocalDate asOf) {

    /** No population: every distribution is empty. */
    public static final PopulationStatistics EMPTY =
            new PopulationStatistics(0, Quantiles.EMPTY, Quantiles.EMPTY, Quantiles.EMPTY, null);

    /** Checks the fields. */
    public PopulationStatistics {
        Objects.requireNonNull(recencyDays, "recencyDays");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(monetary, "monetary");
    }
}
