package io.customerlens.customer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Recomputes customers' order summaries from their stored orders and corrects those that differ, safely beside
 * live writers: a summary is replaced only if the customer's revision is still the one read before the orders, and
 * customers that a write in flight names are left for later.
 */
@Component
public class SummaryRepair implements WriteIntents.Completion {

    static final int BATCH = 1_000;
    private static final int ATTEMPTS = 3;

    private final CustomerStore customers;
    private final HistoryStore history;
    private final DataVersion dataVersion;
    private final Clock clock;

    SummaryRepair(CustomerStore customers, HistoryStore history, DataVersion dataVersion, Clock clock) {
        this.customers = customers;
        this.history = history;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    /** What a repair found. */
    public record Outcome(int checked, int repaired, List<String> leftBusy) {

        Outcome plus(Outcome other) {
            List<String> busy = new ArrayList<>(leftBusy);
            busy.addAll(other.leftBusy);
            return new Outcome(checked + other.checked, repaired + other.repaired, busy);
        }
    }

    @Override
    public WriteIntent.Kind kind() {
        return WriteIntent.Kind.SUMMARY;
    }

    @Override
    public List<String> complete(List<String> customerIds, Set<String> busy) {
        return repair(customerIds, busy).leftBusy();
    }

    /** Checks and repairs these customers (any number), a batch at a time. */
    public Outcome repair(Collection<String> customerIds, Set<String> busy) {
        Outcome outcome = new Outcome(0, 0, List.of());
        List<String> ids = List.copyOf(customerIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            outcome = outcome.plus(repairBatch(ids.subList(from, Math.min(ids.size(), from + BATCH)), busy));
        }
        return outcome;
    }

    /**
     * Checks every customer: one pass over the orders computes every summary, then the customers are compared a batch
     * at a time, and those that differ are repaired as in {@link #repair}.
     *
     * @param progress told the number of customers checked so far after each batch
     */
    public Outcome repairAll(Set<String> busy, IntConsumer progress) {
        Map<String, OrderTotals> computed = history.orderTotalsOfAll();
        Outcome outcome = new Outcome(0, 0, List.of());
        String after = null;
        while (true) {
            List<CustomerStore.StoredSummary> stored = customers.summaries(after, BATCH);
            if (stored.isEmpty()) {
                return outcome;
            }
            List<String> differing = stored.stream()
                    .filter(customer -> !customer.summary()
                            .same(computed.getOrDefault(customer.customerId(), OrderTotals.NONE)))
                    .map(CustomerStore.StoredSummary::customerId).toList();
            Outcome batch = differing.isEmpty() ? new Outcome(0, 0, List.of()) : repairBatch(differing, busy);
            outcome = outcome.plus(new Outcome(stored.size(), batch.repaired(), batch.leftBusy()));
            progress.accept(outcome.checked());
            after = stored.get(stored.size() - 1).customerId();
        }
    }

    private Outcome repairBatch(List<String> ids, Set<String> busy) {
        int repaired = 0;
        List<String> pending = ids.stream().filter(id -> !busy.contains(id)).toList();
        List<String> left = new ArrayList<>(ids.stream().filter(busy::contains).toList());
        for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty(); attempt++) {
            // The revisions first, then the orders: a write that lands in between changes the revision and the
            // conditional update below then leaves that customer for the next attempt.
            Map<String, Customer> byId = customers.among(pending, CustomerFilter.ALL).stream()
                    .collect(Collectors.toMap(Customer::id, Function.identity()));
            Map<String, OrderTotals> computed = history.orderTotals(pending);
            List<String> conflicted = new ArrayList<>();
            for (String id : pending) {
                Customer customer = byId.get(id);
                OrderTotals expected = computed.getOrDefault(id, OrderTotals.NONE);
                if (customer == null || customer.orderSummary().same(expected)) {
                    continue;
                }
                if (customers.replaceSummary(id, customer.revision(), expected, clock.instant())) {
                    repaired++;
                } else {
                    conflicted.add(id);
                }
            }
            pending = conflicted;
        }
        left.addAll(pending);
        if (repaired > 0) {
            dataVersion.changed();
        }
        return new Outcome(ids.size(), repaired, left);
    }
}
