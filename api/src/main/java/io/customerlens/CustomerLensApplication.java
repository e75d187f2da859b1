package io.customerlens;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Customer Lens: customers in MongoDB, scored by pluggable models, served over GraphQL. */
// Callers are API keys (see security), not users with passwords: no generated default user.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class CustomerLensApplication {

    public static void main(String[] args) {
        SpringApplication.run(CustomerLensApplication.class, args);
    }

    /** The clock every "as of today" decision reads, replaceable in tests. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
