package io.customerlens.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.store.EmbeddedStore;
import io.customerlens.store.EmbeddedStoreProperties;
import io.customerlens.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/** An embedded store holding more customers than it serves interactive pages for says so at start-up. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedStoreSizeTest extends IntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void warnsAboveTheInteractiveSizeAndNotUpToIt(CapturedOutput output) {
        fixtures.customer("S-1", LocalDate.parse("2024-01-01"));
        fixtures.customer("S-2", LocalDate.parse("2024-01-01"));

        check(2).run();
        assertThat(output.getOut()).doesNotContain("serves interactive pages up to");

        check(1).run();
        assertThat(output.getOut()).contains("The embedded store holds 2 customers; it serves interactive pages up to "
                + "about 1 (customerlens.store.embedded.interactive-customers)");
    }

    private EmbeddedStoreSize check(long interactiveCustomers) {
        EmbeddedStoreProperties given = context.getBean(EmbeddedStoreProperties.class);
        EmbeddedStoreProperties properties = new EmbeddedStoreProperties(given.file(), given.host(), given.port(),
                given.database(), given.fsync(), given.compactOnClose(), interactiveCustomers);
        return new EmbeddedStoreSize(context.getBean(CustomerStore.class), properties, context.getBeanProvider(EmbeddedStore.class));
    }
}
