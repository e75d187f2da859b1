package io.customerlens.economics;

import io.customerlens.customer.HistoryStore;
import io.customerlens.customer.HistoryWalk;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.Order;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * What customers bought and asked for within windows, for a population walked in customer id order: each history
 * kind is read once for the whole walk ({@link HistoryWalk}), not once per batch.
 */
@Component
class WindowedHistory {

    private final HistoryStore history;

    WindowedHistory(HistoryStore history) {
        this.history = history;
    }

    /** @return a walk over the population's activity; close it at the end */
    Walk walk() {
        return new Walk(history.walk());
    }

    /** The activity of batches of customers in ascending id order. */
    static final class Walk implements AutoCloseable {
        private final HistoryWalk histories;

        private Walk(HistoryWalk histories) {
            this.histories = histories;
        }

        /**
         * @param customerIds the next batch, in ascending order
         * @param windows     the windows to sum over
         * @return for each window, each customer's activity in it; customers without any map to {@link Activity#NONE}
         */
        List<Map<String, Activity>> activity(List<String> customerIds, List<Window> windows) {
            List<Map<String, Activity>> byWindow = new ArrayList<>();
            for (int w = 0; w < windows.size(); w++) {
                Map<String, Activity> byCustomer = new HashMap<>();
                customerIds.forEach(id -> byCustomer.put(id, Activity.NONE));
                byWindow.add(byCustomer);
            }
            add(histories.orders(customerIds), Order::orderedAt, windows, byWindow,
                    (held, order) -> held.plusOrder(order.amount()));
            add(histories.interactions(customerIds), Interaction::openedAt, windows, byWindow,
                    (held, interaction) -> held.plusInteraction());
            return byWindow;
        }

        /** Adds each entry to its customer's activity in every window its time falls in. */
        private static <T> void add(Map<String, List<T>> byCustomer, Function<T, Instant> timeOf, List<Window> windows,
                                    List<Map<String, Activity>> byWindow, BiFunction<Activity, T, Activity> plus) {
            byCustomer.forEach((customerId, entries) -> {
                for (T entry : entries) {
                    for (int w = 0; w < windows.size(); w++) {
                        if (within(timeOf.apply(entry), windows.get(w))) {
                            byWindow.get(w).computeIfPresent(customerId, (id, held) -> plus.apply(held, entry));
                        }
                    }
                }
            });
        }

        private static boolean within(Instant time, Window window) {
            return !time.isBefore(window.from()) && time.isBefore(window.to());
        }

        @Override
        public void close() {
            histories.close();
        }
    }
}
