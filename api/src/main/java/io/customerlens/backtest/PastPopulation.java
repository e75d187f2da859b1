package io.customerlens.backtest;

import io.customerlens.customer.Customer;
import io.customerlens.customer.Customers;
import io.customerlens.customer.HistoryStore;
import io.customerlens.customer.HistoryWalk;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.Order;
import io.customerlens.customer.Survey;
import io.customerlens.scoring.PastScoring;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;

/**
 * Reads the population as it was at the end of a calibration period, with each customer's holdout figures: one pass
 * over the customers in id order and one cursor per history kind, so no store is asked for a list of ids.
 */
@Component
class PastPopulation {

    private final Customers customers;
    private final HistoryStore history;

    PastPopulation(Customers customers, HistoryStore history) {
        this.customers = customers;
        this.history = history;
    }

    /** Which history kinds the models read besides orders, which a backtest always reads. */
    record Reads(boolean surveys, boolean interactions) {
    }

    /**
     * @param read      told how many customers are read, now and then
     * @param cancelled asked between batches; true stops the read with a {@link CancellationException}
     * @return the customers who existed at the end of calibration: joined by then (or without a joining date) or
     *         with an order before it
     */
    List<PastCustomer> read(BacktestWindow window, Reads reads, int batchSize, LongConsumer read,
                            BooleanSupplier cancelled) {
        Instant cutoff = window.calibrationCutoff();
        Instant holdoutCutoff = window.holdoutCutoff();
        List<PastCustomer> population = new ArrayList<>();
        try (HistoryWalk walk = history.walk()) {
            customers.forEachBatch(null, batchSize, batch -> {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("stopped");
                }
                List<String> ids = batch.stream().map(Customer::id).toList();
                Map<String, List<Order>> orders = walk.orders(ids);
                Map<String, List<Survey>> surveys = reads.surveys() ? walk.surveys(ids) : Map.of();
                Map<String, List<Interaction>> interactions = reads.interactions() ? walk.interactions(ids) : Map.of();
                for (Customer customer : batch) {
                    List<Order> own = orders.getOrDefault(customer.id(), List.of());
                    if (existedBefore(customer, own, cutoff)) {
                        population.add(new PastCustomer(PastScoring.snapshotBefore(customer, own,
                                surveys.getOrDefault(customer.id(), List.of()),
                                interactions.getOrDefault(customer.id(), List.of()), cutoff),
                                purchaseDays(own, cutoff, holdoutCutoff), spend(own, cutoff, holdoutCutoff)));
                    }
                }
                read.accept(population.size());
                return true;
            });
        }
        return population;
    }

    private static boolean existedBefore(Customer customer, List<Order> orders, Instant cutoff) {
        boolean joined = customer.joinedOn() == null
                || customer.joinedOn().atStartOfDay().toInstant(ZoneOffset.UTC).isBefore(cutoff);
        return joined || (!orders.isEmpty() && orders.get(0).orderedAt().isBefore(cutoff));
    }

    private static int purchaseDays(List<Order> orders, Instant from, Instant to) {
        return (int) inWindow(orders, from, to).map(order -> order.orderedAt().atZone(ZoneOffset.UTC).toLocalDate())
                .distinct().count();
    }

    private static double spend(List<Order> orders, Instant from, Instant to) {
        return inWindow(orders, from, to).mapToDouble(order -> order.amount().doubleValue()).sum();
    }

    private static java.util.stream.Stream<Order> inWindow(List<Order> orders, Instant from, Instant to) {
        return orders.stream().filter(order -> !order.orderedAt().isBefore(from) && order.orderedAt().isBefore(to));
    }
}
