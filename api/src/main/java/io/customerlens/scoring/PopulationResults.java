package io.customerlens.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.customerlens.customer.CustomerDeleted;
import io.customerlens.customer.DataVersion;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What population views computed, one column per model choice (customer id to result), shared by later views of
 * the same data version and evaluation date: {@code compareModels(rfm, lifecycle)} followed by
 * {@code segmentDistribution(rfm)} scores rfm once. Kept apart from the per-customer {@link ScoreCache}, which pages
 * use, so that a view over a large population neither evicts a page's results nor is evicted by them. Within one data
 * version a view reuses results even when a model's segment memory moved on since (the memory is not customer data).
 * Bounded by the number of results held ({@code customerlens.scoring.view-results-max-size}); published as
 * {@code cache.*} metrics with {@code cache=view-results}.
 */
@Component
class PopulationResults {

    private final Cache<Key, Map<String, Object>> columns;
    private final DataVersion dataVersion;
    private final ScoringProperties properties;
    private final Clock clock;

    PopulationResults(ScoringProperties properties, DataVersion dataVersion, Clock clock, MeterRegistry meters) {
        this.columns = Caffeine.newBuilder()
                .maximumWeight(properties.viewResultsMaxSize())
                .weigher((Key key, Map<String, Object> column) -> column.size())
                .expireAfterWrite(properties.cacheExpireAfterWrite())
                .recordStats()
                .build();
        this.dataVersion = dataVersion;
        this.properties = properties;
        this.clock = clock;
        CaffeineCacheMetrics.monitor(meters, columns, "view-results");
    }

    /** Which results a column holds: everything that can change them. */
    record Key(ModelRef model, long generation, long dataVersion, LocalDate asOf) {
    }

    /** @return the key of a column for this model choice, as of now */
    Key key(BatchScoring.Choice choice) {
        return new Key(choice.reference(), choice.model().generation(), dataVersion.current(),
                properties.evaluationDate(clock));
    }

    /** @return the results computed for this key so far, or null */
    Map<String, Object> column(Key key) {
        return columns.getIfPresent(key);
    }

    /** Keeps the results of a view, merged with those kept before for the same key. */
    void keep(Key key, Map<String, Object> results) {
        if (results.isEmpty()) {
            return;
        }
        columns.asMap().merge(key, Map.copyOf(results), (held, added) -> {
            HashMap<String, Object> merged = new HashMap<>(held);
            merged.putAll(added);
            return Map.copyOf(merged);
        });
    }

    /** Drops the columns of plugin loads that left the catalogue. */
    void retain(Set<Long> generations) {
        columns.asMap().keySet().removeIf(key -> !generations.contains(key.generation()));
    }

    /** A deleted or erased customer's results are dropped at once rather than left to age out. */
    @EventListener
    void forget(CustomerDeleted deleted) {
        columns.asMap().replaceAll((key, column) -> column.containsKey(deleted.customerId())
                ? withoutCustomer(column, deleted.customerId()) : column);
    }

    private static Map<String, Object> withoutCustomer(Map<String, Object> column, String customerId) {
        HashMap<String, Object> rest = new HashMap<>(column);
        rest.remove(customerId);
        return Map.copyOf(rest);
    }
}
