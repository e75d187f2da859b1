package io.customerlens.segmentchange;

import io.customerlens.scoring.BatchScoring;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.web.InvalidInputException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The model choices someone watches (a subscription, a webhook), each counted once however many watch it: only these
 * are scored again after a write.
 */
@Component
public class SegmentWatches {

    private static final Logger log = LoggerFactory.getLogger(SegmentWatches.class);

    private final BatchScoring scoring;
    private final Map<WatchKey, Watched> watched = new ConcurrentHashMap<>();

    SegmentWatches(BatchScoring scoring, MeterRegistry meters) {
        this.scoring = scoring;
        Gauge.builder("customerlens.segment.watches", watched, Map::size)
                .description("model choices watched by subscriptions and webhooks").register(meters);
    }

    /** A watched choice as given and how many watch it; chosen again at each use, so a reloaded plugin's model is used. */
    private record Watched(String model, Map<String, Object> params, int watchers) {
    }

    /**
     * Checks the choice (a segmentation model, its parameters) and starts watching it; {@link #close} ends the watch.
     *
     * @param field the argument the model was given in, named by the error for a model that is not a segmentation
     * @return the choice's key, with its parameters' defaults filled in
     */
    public WatchKey open(String model, Map<String, Object> params, String field) {
        BatchScoring.Choice choice = choose(model, params, field);
        WatchKey key = WatchKey.of(model, choice.reference().params());
        watched.merge(key, new Watched(model, params, 1),
                (old, added) -> new Watched(old.model(), old.params(), old.watchers() + 1));
        return key;
    }

    /** @return the key of the choice, checked as {@link #open} checks it, without watching it */
    public WatchKey check(String model, Map<String, Object> params, String field) {
        return WatchKey.of(model, choose(model, params, field).reference().params());
    }

    /** Ends one watch of the choice. */
    public void close(WatchKey key) {
        watched.computeIfPresent(key, (k, old) -> old.watchers() <= 1 ? null
                : new Watched(old.model(), old.params(), old.watchers() - 1));
    }

    /** @return how many model choices are watched now */
    public int size() {
        return watched.size();
    }

    /** @return every choice watched now, leaving out those whose model is no longer loaded */
    List<BatchScoring.Choice> active() {
        List<BatchScoring.Choice> active = new ArrayList<>();
        for (Watched watch : watched.values()) {
            try {
                active.add(scoring.choose(watch.model(), watch.params()));
            } catch (RuntimeException e) {
                log.debug("Watched model {} is not available: {}", watch.model(), e.getMessage());
            }
        }
        return active;
    }

    private BatchScoring.Choice choose(String model, Map<String, Object> params, String field) {
        BatchScoring.Choice choice = scoring.choose(model, params);
        if (choice.family() != ModelFamily.SEGMENTATION) {
            throw new InvalidInputException(field, "'" + model + "' is a " + choice.family().name().toLowerCase()
                    + " model; segment changes are followed for segmentation models only");
        }
        return choice;
    }
}
