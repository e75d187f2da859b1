package io.customerlens.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @GraphQlTest} slice needs beyond the controllers, wiring and error resolvers it picks up itself:
 * the scalars and the API limits.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ScalarConfiguration.class)
@EnableConfigurationProperties(ApiProperties.class)
public class GraphQlSliceConfiguration {
}
