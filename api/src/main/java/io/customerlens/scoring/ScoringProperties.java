package io.customerlens.scoring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scoring settings.
 *
 * @param cacheMaxSize          how many computed scores the cache keeps at most
 * @param cacheExpireAfterWrite how long a computed score is kept at most
 */
@ConfigurationProperties("customerlens.scoring")
public record ScoringProperties(@DefaultValue("100000") long cacheMaxSize,
                                @DefaultValue("1h") Duration cacheExpireAfterWrite) {
}
