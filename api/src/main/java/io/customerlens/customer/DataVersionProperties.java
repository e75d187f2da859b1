package io.customerlens.customer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the data version (see {@link DataVersion}) is kept.
 *
 * @param shared          whether writes also count in the store, so several server instances on one store see
 *                        each other's writes; off for a single instance
 * @param refreshInterval with {@code shared}, how often an instance reads the store's count at most: another
 *                        instance's write is seen within this time
 * @param writeTimeout    with {@code shared}, how old a note of a write in progress ({@link WriteIntent}) must be
 *                        before a starting instance takes its writer for dead and completes it
 */
@ConfigurationProperties("customerlens.data-version")
public record DataVersionProperties(@DefaultValue("false") boolean shared,
                                    @DefaultValue("2s") Duration refreshInterval,
                                    @DefaultValue("10m") Duration writeTimeout) {
}
