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
 * @param maxModelEvaluations the most model evaluations a request may ask for: each distinct model and parameter
 *                           choice on a customer counts once per customer of its page (aliases of the same choice once)
 * @param maxPopulationFits  the most population fits a request may need: one per distinct parameter set of a
 *                           population-fitted model (one per model when its fit does not read its parameters)
 */
@ConfigurationProperties("customerlens.api")
public record ApiProperties(@DefaultValue("100") int maxPageSize,
                            @DefaultValue("15") int maxQueryDepth,
                            @DefaultValue("50000") int maxQueryComplexity,
                            @DefaultValue("256KB") DataSize maxRequestSize,
                            @DefaultValue("1000") int maxModelEvaluations,
                            @DefaultValue("10") int maxPopulationFits) {
}
