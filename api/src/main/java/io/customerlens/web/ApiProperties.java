package io.customerlens.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the GraphQL API.
 *
 * @param maxPageSize        the largest {@code first} a connection accepts
 * @param maxQueryDepth      the deepest selection a query may have
 * @param maxQueryComplexity the largest estimated cost of a query: each field costs 1 plus its selection, and a
 *                           connection's selection counts {@code first} times
 * @param maxRequestSize     the largest request body accepted on {@code /graphql}
 */
@ConfigurationProperties("customerlens.api")
public record ApiProperties(@DefaultValue("100") int maxPageSize,
                            @DefaultValue("15") int maxQueryDepth,
                            @DefaultValue("50000") int maxQueryComplexity,
                            @DefaultValue("256KB") DataSize maxRequestSize) {
}
