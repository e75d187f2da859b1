package io.customerlens.scoring;

import static io.customerlens.support.IntegrationTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The value-tier model keeps its tier through the server's segment memory. Ten customers spend 100, 200, ...,
 * 1000: type-7 Q(0.75) = 700 + 0.75 x 100 = 775 (extended), Q(0.95) = 900 + 0.55 x 100 = 955 (VIP), so the
 * customer who spent 800 is extended. Then ten customers who spent 2000 each join: Q(0.75) over twenty values
 * = x[14.25] = 2000, and 800 is far below 2000 x (1 - 0.10); the plain rule says basic, but the minimum of
 * 90 days in tier holds the customer at extended.
 */
class ValueTierThroughTheServerTest extends IntegrationTest {

    @Test
    void aTierIsHeldForItsMinimumTimeWhenThePopulationMovesOn() {
        String customer = null;
        for (int k = 1; k <= 10; k++) {
            String id = fixtures.customer("V-" + k, LocalDate.parse("2024-01-01"));
            fixtures.order(id, NOW.minus(Duration.ofDays(k)), 100.0 * k);
            if (k == 8) {
                customer = id;
            }
        }
        // language=GraphQL
        String query = """
                query($id: ID!, $params: JSON) {
                  customer(id: $id) { segment(model: "value-tier", params: $params) { code reasons } }
                }
                """;

        graphQl.document(query).variable("id", customer).execute()
                .path("customer.segment.code").entity(String.class).isEqualTo("extended");

        for (int k = 1; k <= 10; k++) {
            String id = fixtures.customer("W-" + k, LocalDate.parse("2024-01-01"));
            fixtures.order(id, NOW.minus(Duration.ofDays(k)), 2000);
        }

        graphQl.document(query).variable("id", customer).execute()
                .path("customer.segment.code").entity(String.class).isEqualTo("extended")
                .path("customer.segment.reasons").entityList(String.class).satisfies(reasons ->
                        assertThat(String.join(" ", reasons)).contains("90"));
        // The same model without a minimum time in tier is a different parameter set with no memory yet.
        graphQl.document(query).variable("id", customer).variable("params", Map.of("minDaysInTier", 0)).execute()
                .path("customer.segment.code").entity(String.class).isEqualTo("basic");
    }
}
