package io.customerlens.scoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A {@link ModelBreaker} per model id and version, made on first use; a new load of the plugin (a reload or an
 * upgrade) starts with a closed one. Each is published as the gauge {@code customerlens.model.breaker.state}
 * (tags {@code model}, {@code version}): 0 closed, 1 half-open, 2 open.
 */
@Component
public class ModelBreakers {

    private record Key(String model, String version) {
    }

    private final Map<Key, ModelBreaker> breakers = new ConcurrentHashMap<>();
    private final ScoringProperties.Breaker settings;
    private final Clock clock;
    private final MeterRegistry meters;

    ModelBreakers(ScoringProperties properties, Clock clock, MeterRegistry meters) {
        this.settings = properties.breaker();
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * What a model's breaker shows.
     *
     * @param model   model id
     * @param version model version
     * @param state    CLOSED, OPEN or HALF_OPEN
     * @param failures failures in a row within the window, or those that opened it
     * @param retryAt  when an open breaker lets a trial call through; null unless OPEN
     */
    public record View(String model, String version, String state, int failures, Instant retryAt) {
    }

    /** @return the model's breaker now */
    public View view(RegisteredModel model) {
        ModelBreaker.Status status = breaker(model).status();
        return new View(model.id(), model.descriptor().version(), status.state().name(), status.failures(),
                status.retryAt());
    }

    /** @return whether the model is refused at once for now */
    public boolean isOpen(RegisteredModel model) {
        return breaker(model).status().state() == ModelBreaker.State.OPEN;
    }

    /** Forgets every model's failures: every breaker closes. */
    public void reset() {
        breakers.clear();
    }

    ModelBreaker breaker(RegisteredModel model) {
        Key key = new Key(model.id(), model.descriptor().version());
        ModelBreaker known = breakers.get(key);
        if (known != null && known.generation() == model.generation()) {
            return known;
        }
        Gauge.builder("customerlens.model.breaker.state", this, all -> all.stateCode(key))
                .tags("model", key.model(), "version", key.version())
                .description("0 closed, 1 half-open, 2 open").register(meters);
        return breakers.compute(key, (k, current) -> current != null && current.generation() == model.generation()
                ? current : new ModelBreaker(settings, clock, model.generation()));
    }

    private double stateCode(Key key) {
        ModelBreaker breaker = breakers.get(key);
        if (breaker == null) {
            return 0;
        }
        return switch (breaker.status().state()) {
            case CLOSED -> 0;
            case HALF_OPEN -> 1;
            case OPEN -> 2;
        };
    }
}
