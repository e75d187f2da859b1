package io.customerlens.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.customerlens.customer.CustomerDeleted;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.customerlens.sdk.PreviousSegment;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computed results, keyed by everything that can change them: the customer's revision, the model and plugin
 * versions, the parameter values, the evaluation date and, for models that read population statistics, the
 * data version those statistics were computed at, and for models with memory the previous segment. A stale value therefore can never be found; old entries
 * simply age out. Size and hit rate are published as {@code cache.*} metrics with {@code cache=scores}.
 */
@Component
class ScoreCache {

    private final Cache<Key, Object> cache;

    ScoreCache(ScoringProperties properties, MeterRegistry meters) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(properties.cacheMaxSize())
                .expireAfterWrite(properties.cacheExpireAfterWrite())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, cache, "scores");
    }

    record Key(String customerId, long revision, String modelId, String modelVersion, String pluginVersion,
               String params, LocalDate asOf, long populationVersion, PreviousSegment previous) {
    }

    Object get(Key key) {
        return cache.getIfPresent(key);
    }

    void put(Key key, Object result) {
        cache.put(key, result);
    }

    /** A deleted or erased customer's results are dropped at once rather than left to age out. */
    @EventListener
    void forget(CustomerDeleted deleted) {
        cache.asMap().keySet().removeIf(key -> key.customerId().equals(deleted.customerId()));
    }
}
