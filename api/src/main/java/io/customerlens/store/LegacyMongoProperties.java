package io.customerlens.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps the MongoDB connection properties of Spring Boot 3 working. Boot 4 reads them as {@code spring.mongodb.*}
 * and ignores {@code spring.data.mongodb.uri}, {@code .host}, ... — so a deployment configured the old way would
 * start neither the embedded store nor the MongoDB it meant. Each old name that is set, and whose new name is not,
 * is copied to the new name at the lowest precedence, with a warning.
 */
public class LegacyMongoProperties implements EnvironmentPostProcessor {

    private static final String SOURCE_NAME = "customerLensLegacyMongoProperties";

    /** The connection settings Boot 4 moved from {@code spring.data.mongodb} to {@code spring.mongodb}. */
    private static final List<String> MOVED = List.of("uri", "host", "port", "additional-hosts", "database",
            "username", "password", "authentication-database", "replica-set-name", "protocol");

    private final Log log;

    public LegacyMongoProperties(DeferredLogFactory logs) {
        this.log = logs.getLog(LegacyMongoProperties.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> renamed = new HashMap<>();
        for (String name : MOVED) {
            String old = "spring.data.mongodb." + name;
            String current = "spring.mongodb." + name;
            String value = environment.getProperty(old);
            if (value != null && !environment.containsProperty(current)) {
                renamed.put(current, value);
                log.warn("'" + old + "' is the Spring Boot 3 name of '" + current + "'; it still works, but rename it");
            }
        }
        if (!renamed.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, renamed));
        }
    }
}
