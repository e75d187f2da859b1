package io.customerlens.web;

import com.fasterxml.jackson.annotation.JsonInclude.Include;
import org.springframework.boot.actuate.endpoint.jackson.EndpointJsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper of the Actuator endpoints: Spring Boot's own isolated one (nulls left out), but with properties in
 * declaration order as under Jackson 2 — {@code {"status":"UP","details":…}} — rather than Jackson 3's alphabetical
 * default. Replaces Boot's, which {@code management.endpoints.jackson.isolated-json-mapper=false} switches off.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorJson {

    @Bean
    EndpointJsonMapper endpointJsonMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .changeDefaultPropertyInclusion(
                        include -> include.withValueInclusion(Include.NON_NULL).withContentInclusion(Include.NON_NULL))
                .build();
        return () -> mapper;
    }
}
