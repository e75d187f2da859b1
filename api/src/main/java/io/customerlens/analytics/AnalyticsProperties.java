package io.customerlens.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the population views, which score every customer matching the filter on the fly.
 *
 * @param maxCustomers the most customers one view may score; larger populations need a narrower filter
 * @param batchSize    customers scored per batch (one history query per kind per batch; on the embedded store each
 *                     such query scans the collection, so fewer, larger batches are faster)
 */
@ConfigurationProperties("customerlens.analytics")
public record AnalyticsProperties(@DefaultValue("50000") int maxCustomers, @DefaultValue("5000") int batchSize) {
}
