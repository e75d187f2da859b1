package io.customerlens.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The CDNOW transaction log import.
 *
 * @param file path of {@code CDNOW_master.txt}; when set and the store holds no customers, it is imported
 *             at start-up
 */
@ConfigurationProperties("customerlens.cdnow")
public record CdnowProperties(String file) {
}
