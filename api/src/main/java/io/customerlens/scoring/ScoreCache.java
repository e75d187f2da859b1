package io.customerlens.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.customerlens.customer.CustomerDeleted;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.customerlens.sdk.PreviousSegment;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computed results, keyed by everything that can change them: the customer's revision, the model and plugin
 * versions and the load of the plugin (so a plugin reloaded at run time never gets the old load's results), the parameter values, the evaluation date and, for models that read population statistics, the
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
               long generation, String params, LocalDate asOf, long populationVersion, PreviousSegment previous) {
    }

    Object get(Key key) {
        return cache.getIfPresent(key);
    }

    void put(Key key, Object result) {
        cache.put(key, result);
    }

    /** Drops the results of plugin loads that are no longer in the catalogue, which can never be asked for again. */
    void retain(Set<Long> generations) {
        cache.asMap().keySet().removeIf(key -> !generations.contains(key.generation()));
    }

    /** A deleted or erased customer's results are dropped at once rather than left to age out. */
    @EventListener
    void forget(CustomerDeleted deleted) {
        cache.asMap().keySet().removeIf(key -> key.customerId().equals(deleted.customerId()));
    }
}
