package io.customerlens.web;

import io.customerlens.customer.CustomerEntities;
import io.customerlens.federation.FederationConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @GraphQlTest} slice needs beyond the controllers, wiring and error resolvers it picks up itself:
 * the scalars, the federation schema factory with the Customer entity's resolver (the schema declares federation
 * keys; its store is mocked in {@code ControllerSliceTest}) and the API limits.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ScalarConfiguration.class, FederationConfiguration.class, CustomerEntities.class})
@EnableConfigurationProperties(ApiProperties.class)
public class GraphQlSliceConfiguration {
}
