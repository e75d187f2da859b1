package io.customerlens.scoring;

import com.mongodb.MongoCommandException;
import io.customerlens.customer.HistoryStore;
import io.customerlens.sdk.OrderRecord;
import io.customerlens.sdk.PurchasePattern;
import io.customerlens.store.EmbeddedStore;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every buyer's purchase pattern (x, t_x, T, mean repeat value; see {@link PurchasePattern}), the input of the
 * population fits. The store computes them by aggregation — orders grouped into purchase days per customer, then
 * days into one pattern per customer — so one document per buyer travels instead of every order. A store that
 * refuses the pipeline gets the fallback: the orders streamed in customer order and summarised here, with the
 * SDK's own {@link PurchasePattern#of}. Both give the same patterns (tested on the embedded server and MongoDB).
 */
@Component
public class PurchasePatterns {

    private static final Logger log = LoggerFactory.getLogger(PurchasePatterns.class);

    private final HistoryStore history;
    private final boolean embedded;
    private volatile boolean aggregationRefused;

    PurchasePatterns(HistoryStore history, ObjectProvider<EmbeddedStore> embeddedStore) {
        this.history = history;
        this.embedded = embeddedStore.getIfAvailable() != null;
    }

    List<PurchasePattern> asOf(LocalDate asOf) {
        // The embedded store evaluates the pipeline's expressions document by document in one thread: for a million
        // orders, streaming them in customer order and summarising here is several times faster.
        if (!aggregationRefused && !embedded) {
            try {
                return byAggregation(asOf);
            } catch (MongoCommandException e) {
                aggregationRefused = true;
                log.warn("The store refused the purchase-pattern aggregation ({}); computing patterns in the server", e.getErrorMessage());
            }
        }
        return byStreaming(asOf);
    }

    /** @return the patterns as the store aggregates them */
    public List<PurchasePattern> byAggregation(LocalDate asOf) {
        List<PurchasePattern> patterns = new ArrayList<>();
        for (HistoryStore.PurchaseDays buyer : history.purchaseDays(asOf)) {
            int repeats = buyer.days() - 1;
            double repeatValue = buyer.total() - buyer.firstDayValue();
            patterns.add(new PurchasePattern(repeats, ChronoUnit.DAYS.between(buyer.first(), buyer.last()),
                    ChronoUnit.DAYS.between(buyer.first(), asOf), repeats == 0 ? 0 : Math.max(0, repeatValue) / repeats));
        }
        return patterns;
    }

    /** @return the patterns summarised here from the streamed orders: the fallback */
    public List<PurchasePattern> byStreaming(LocalDate asOf) {
        List<PurchasePattern> result = new ArrayList<>();
        List<OrderRecord> current = new ArrayList<>();
        String[] customer = {null};
        try (Stream<HistoryStore.OrderPoint> orders = history.orderPoints()) {
            orders.forEach(order -> {
                if (!order.customerId().equals(customer[0])) {
                    add(result, current, asOf);
                    customer[0] = order.customerId();
                }
                current.add(new OrderRecord(order.orderedAt(), order.amount(), 1, 0, null));
            });
        }
        add(result, current, asOf);
        return result;
    }

    private static void add(List<PurchasePattern> result, List<OrderRecord> orders, LocalDate asOf) {
        PurchasePattern pattern = orders.isEmpty() ? null : PurchasePattern.of(orders, asOf);
        if (pattern != null) {
            result.add(pattern);
        }
        orders.clear();
    }
}
