package io.customerlens.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the GraphQL API.
 *
 * @param maxPageSize the largest {@code first} a connection accepts
 */
@ConfigurationProperties("customerlens.api")
public record ApiProperties(@DefaultValue("100") int maxPageSize) {
}
