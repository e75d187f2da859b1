package io.customerlens.support;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * {@link IntegrationTest#NOW} as the server's clock. A class of its own, not nested in the test base: Spring
 * Framework 7.1 takes nested configuration classes of a test as its whole configuration.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(IntegrationTest.NOW, ZoneOffset.UTC);
    }
}
