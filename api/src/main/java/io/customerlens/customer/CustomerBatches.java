package io.customerlens.customer;

import java.util.List;
import java.util.function.Predicate;

/** A population of customers handed over a batch at a time, in ascending id order. */
@FunctionalInterface
public interface CustomerBatches {

    /**
     * @param batchSize customers per batch (the last may have fewer)
     * @param consumer  takes each batch; returns false to stop
     * @return how many customers were handed over
     */
    long forEachBatch(int batchSize, Predicate<List<Customer>> consumer);
}
