package io.customerlens.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sample population.
 *
 * @param enabled   load it at start-up when the store holds no customers
 * @param customers how many customers to generate
 * @param seed      the random seed; the same seed on the same day gives the same population
 */
@ConfigurationProperties("customerlens.sample-data")
public record SampleDataProperties(@DefaultValue("false") boolean enabled,
                                   @DefaultValue("3000") int customers,
                                   @DefaultValue("42") long seed) {
}
