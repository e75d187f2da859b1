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
 * @param threads               threads that run model calls
 * @param queueCapacity         model calls that may wait for a thread before further calls are refused
 * @param viewResultsMaxSize    how many results of population views are kept at most for later views of the same
 *                              data (about 150 bytes each)
 */
@ConfigurationProperties("customerlens.scoring")
public record ScoringProperties(@DefaultValue("100000") long cacheMaxSize,
                                @DefaultValue("1h") Duration cacheExpireAfterWrite,
                                LocalDate asOf,
                                @DefaultValue("2s") Duration timeout,
                                @DefaultValue("8") int threads,
                                @DefaultValue("10000") int queueCapacity,
                                @DefaultValue("1000000") long viewResultsMaxSize) {

    /** @return the evaluation date: the configured one, or today by the clock */
    public LocalDate evaluationDate(Clock clock) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}
