package io.customerlens;

import io.customerlens.transfer.ImportCommand;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Customer Lens: customers in MongoDB, scored by pluggable models, served over GraphQL. */
// Callers are API keys (see security), not users with passwords: no generated default user.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class CustomerLensApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CustomerLensApplication.class);
        if (ImportCommand.requested(args)) { // import a file and exit with the import's status, no web server
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }

    /** The clock every "as of today" decision reads, replaceable in tests. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
