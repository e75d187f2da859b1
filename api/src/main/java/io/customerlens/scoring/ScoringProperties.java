package io.customerlens.scoring;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scoring settings.
 *
 * @param cacheMaxSize          how many computed scores the cache keeps at most
 * @param cacheExpireAfterWrite how long a computed score is kept at most
 * @param asOf                  a fixed evaluation date instead of today, e.g. to score historical data such as
 *                              CDNOW as of the end of its period; unset means today (UTC)
 * @param timeout               how long one model call may take before its field fails
 * @param requestTimeout        how long all the model calls of one GraphQL request or page may take, counted from
 *                              the first, its calls running side by side; unset means {@code timeout}
 * @param threads               threads that run model calls
 * @param threadsPerModel       of those, how many one model may use at once (its further calls wait their turn),
 *                              so that a model that hangs leaves threads to the others
 * @param queueCapacity         model calls that may wait for a thread (per model) before further calls are refused
 * @param viewResultsMaxSize    how many results of population views are kept at most for later views of the same
 *                              data (about 150 bytes each)
 * @param breaker               when a failing model is no longer called for a while
 */
@ConfigurationProperties("customerlens.scoring")
public record ScoringProperties(@DefaultValue("100000") long cacheMaxSize,
                                @DefaultValue("1h") Duration cacheExpireAfterWrite,
                                LocalDate asOf,
                                @DefaultValue("2s") Duration timeout,
                                Duration requestTimeout,
                                @DefaultValue("8") int threads,
                                @DefaultValue("4") int threadsPerModel,
                                @DefaultValue("10000") int queueCapacity,
                                @DefaultValue("1000000") long viewResultsMaxSize,
                                @DefaultValue Breaker breaker) {

    public ScoringProperties {
        requestTimeout = requestTimeout != null ? requestTimeout : timeout;
        breaker = breaker != null ? breaker : new Breaker(5, Duration.ofMinutes(1), Duration.ofSeconds(30));
    }

    /**
     * The circuit breaker every model has (per model id and version).
     *
     * @param failureThreshold failures (timeouts included) in a row, none succeeding in between, that open it
     * @param window           how recent those failures must be: older ones are forgotten
     * @param coolDown         how long an open breaker refuses calls before one trial call is let through
     */
    public record Breaker(@DefaultValue("5") int failureThreshold,
                          @DefaultValue("1m") Duration window,
                          @DefaultValue("30s") Duration coolDown) {
    }

    /** @return the evaluation date: the configured one, or today by the clock */
    public LocalDate evaluationDate(Clock clock) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}
