package io.customerlens.customer;

import io.customerlens.store.KeyOrderedCursor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The histories of a population walked in ascending customer id order, batch after batch, each history kind read
 * by one cursor in {@code (customerId, time)} order and merged with the batches here. Each cursor is opened when a
 * batch first asks for its kind (a view answered from the score cache opens none), at that batch's first customer,
 * and only moves forward: entries of customers not asked for (outside the filter) are skipped as it passes them.
 * Holds one batch of each kind at a time. Not thread-safe: one walk per population pass; close it at the end.
 */
public final class HistoryWalk implements AutoCloseable {

    private final Kind<Order> orders;
    private final Kind<Survey> surveys;
    private final Kind<Interaction> interactions;

    HistoryWalk(HistoryStore repository) {
        this.orders = new Kind<>(from -> repository.streamOrders(from), Order::customerId,
                Comparator.comparing(Order::orderedAt).thenComparing(Order::id));
        this.surveys = new Kind<>(from -> repository.streamSurveys(from), Survey::customerId,
                Comparator.comparing(Survey::answeredAt).thenComparing(Survey::id));
        this.interactions = new Kind<>(from -> repository.streamInteractions(from), Interaction::customerId,
                Comparator.comparing(Interaction::openedAt).thenComparing(Interaction::id));
    }

    /**
     * @param customerIds a batch, in ascending order, every id above those of the batches before
     * @return each customer's orders, oldest first (an empty list for a customer without)
     */
    public Map<String, List<Order>> orders(List<String> customerIds) {
        return orders.batch(customerIds);
    }

    /** @return each customer's surveys, oldest first; as {@link #orders} */
    public Map<String, List<Survey>> surveys(List<String> customerIds) {
        return surveys.batch(customerIds);
    }

    /** @return each customer's interactions, oldest first; as {@link #orders} */
    public Map<String, List<Interaction>> interactions(List<String> customerIds) {
        return interactions.batch(customerIds);
    }

    @Override
    public void close() {
        orders.close();
        surveys.close();
        interactions.close();
    }

    /** One history kind: its cursor, and how to group what it reads by customer. */
    private static final class Kind<T> {
        private final KeyOrderedCursor<T> cursor;
        private final Function<T, String> customerOf;
        private final Comparator<T> oldestFirst;

        Kind(Function<String, Stream<T>> open, Function<T, String> customerOf, Comparator<T> oldestFirst) {
            this.cursor = new KeyOrderedCursor<>(open, customerOf);
            this.customerOf = customerOf;
            this.oldestFirst = oldestFirst;
        }

        Map<String, List<T>> batch(List<String> customerIds) {
            Map<String, List<T>> byCustomer = new HashMap<>();
            if (customerIds.isEmpty()) {
                return byCustomer;
            }
            customerIds.forEach(id -> byCustomer.put(id, new ArrayList<>()));
            for (T entry : cursor.range(customerIds.get(0), customerIds.get(customerIds.size() - 1))) {
                List<T> entries = byCustomer.get(customerOf.apply(entry));
                if (entries != null) { // null: a customer between two of the batch, not in it
                    entries.add(entry);
                }
            }
            // The cursor orders by customer and time; equal times keep the order of their ids, as single reads do.
            byCustomer.values().forEach(entries -> entries.sort(oldestFirst));
            return byCustomer;
        }

        void close() {
            cursor.close();
        }
    }
}
