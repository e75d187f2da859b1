package io.customerlens.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the server waits for the store before it gives up on a request. The MongoDB driver's defaults (30 s to
 * find a server) would hold every request that long during an outage; these make requests fail fast instead.
 *
 * @param serverSelectionTimeout how long a request waits for a reachable store
 * @param connectTimeout         how long opening a connection may take
 * @param indexRetryInterval     how often index creation is retried when the store was down at start-up
 */
@ConfigurationProperties("customerlens.store")
public record StoreProperties(@DefaultValue("2s") Duration serverSelectionTimeout,
                              @DefaultValue("2s") Duration connectTimeout,
                              @DefaultValue("10s") Duration indexRetryInterval) {
}
