package io.customerlens.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the population views, which score every customer matching the filter on the fly.
 *
 * @param maxCustomers the most customers one view may score; larger populations need a narrower filter
 * @param batchSize    customers held and scored per batch; each collection is read once per view whatever the batch
 *                     size (one cursor per history kind), so it bounds memory rather than queries
 */
@ConfigurationProperties("customerlens.analytics")
public record AnalyticsProperties(@DefaultValue("50000") int maxCustomers, @DefaultValue("5000") int batchSize) {
}
