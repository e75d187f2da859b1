package io.customerlens.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sample population.
 *
 * @param enabled   load it at start-up when the store holds no customers
 * @param customers how many customers to generate
 * @param seed      the random seed; the same seed on the same day gives the same population
 * @param orderRate multiplies every customer's purchase rate: 1 gives about 4.8 orders per customer, 2.2 about 10
 *                  (for scale tests such as 100,000 customers with 1,000,000 orders)
 */
@ConfigurationProperties("customerlens.sample-data")
public record SampleDataProperties(@DefaultValue("false") boolean enabled,
                                   @DefaultValue("3000") int customers,
                                   @DefaultValue("42") long seed,
                                   @DefaultValue("1") double orderRate) {
}
