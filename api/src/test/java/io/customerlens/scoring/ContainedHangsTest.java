package io.customerlens.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;

/**
 * A model that sleeps 60 s (the {@code hanging} fixture; the test server's limit is 1 s, its breaker opens after 5
 * failures in a row and cools down 30 s, and its clock stands still): a page costs one deadline, the breaker then
 * refuses the model at once, and a population view over it gives up instead of failing every customer.
 */
class ContainedHangsTest extends IntegrationTest {

    private static final String TIMED_OUT = "model 'hanging' (plugin faulty 1.0.0) did not answer within 1000 ms";

    @Autowired
    private MeterRegistry meters;

    @BeforeEach
    void twentyCustomers() {
        for (int k = 1; k <= 20; k++) {
            String id = fixtures.customer("H-" + k, LocalDate.parse("2024-06-30"));
            fixtures.order(id, NOW.minus(Duration.ofDays(k)), 10 * k);
        }
    }

    @Test
    void aPageOfTwentyFailsTheHangingFieldUnderOneDeadlineAndServesTheRest() {
        double timeoutsBefore = evaluations("timeout");
        graphQl.document("""
                        { customers(first: 20) { edges { node {
                            name
                            loyalty(model: "hanging") { value }
                            segment(model: "rfm") { code } } } } }""")
                .execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(20).allSatisfy(error -> {
                        assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
                        assertThat(error.getMessage()).isEqualTo(TIMED_OUT);
                        assertThat(error.getExtensions()).containsEntry("model", "hanging").containsEntry("plugin", "faulty");
                    });
                    assertThat(errors).extracting(error -> error.getPath())
                            .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 20)
                                    .mapToObj(i -> "customers.edges[" + i + "].node.loyalty").toList());
                })
                .path("customers.edges[*].node.name").entityList(String.class).hasSize(20)
                .path("customers.edges[*].node.segment.code").entityList(String.class).hasSize(20)
                .path("customers.edges[*].node.loyalty").entityList(Object.class).satisfies(values ->
                        assertThat(values).hasSize(20).containsOnlyNulls());
        // Each call failed once, at the page's deadline, whether it had started or was still queued.
        assertThat(evaluations("timeout") - timeoutsBefore).isEqualTo(20);
    }

    @Test
    void afterRepeatedTimeoutsTheBreakerRefusesTheModelAtOnceAndShowsItself() {
        graphQl.document("{ customers(first: 5) { edges { node { loyalty(model: \"hanging\") { value } } } } }")
                .execute().errors().satisfy(errors -> assertThat(errors).hasSize(5)
                        .allSatisfy(error -> assertThat(error.getMessage()).isEqualTo(TIMED_OUT)));
        double timeoutsBefore = evaluations("timeout");

        graphQl.document("{ customers(first: 2) { edges { node { name loyalty(model: \"hanging\") { value } } } } }")
                .execute().errors().satisfy(errors -> assertThat(errors).hasSize(2).allSatisfy(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
                    assertThat(error.getMessage()).isEqualTo("model 'hanging' (plugin faulty 1.0.0) is not called until"
                            + " 2025-06-30T12:00:30Z after failing or timing out repeatedly (circuit breaker open);"
                            + " it is tried again then");
                    assertThat(error.getExtensions()).containsEntry("reason", "MODEL_UNAVAILABLE")
                            .containsEntry("retryable", true).containsEntry("retryAt", "2025-06-30T12:00:30Z");
                }))
                .path("customers.edges[*].node.name").entityList(String.class).hasSize(2);
        assertThat(evaluations("timeout")).as("the model was not called").isEqualTo(timeoutsBefore);

        graphQl.document("{ model(id: \"hanging\") { breaker { model version state failures retryAt } } }").execute()
                .path("model.breaker.state").entity(String.class).isEqualTo("OPEN")
                .path("model.breaker.version").entity(String.class).isEqualTo("1.0.0")
                .path("model.breaker.failures").entity(Integer.class).isEqualTo(5)
                .path("model.breaker.retryAt").entity(String.class).isEqualTo("2025-06-30T12:00:30.000Z");
        graphQl.document("{ plugins { id breakers { model state } } }").execute()
                .path("plugins[?(@.id == 'faulty')].breakers[?(@.model == 'hanging')].state").entityList(String.class)
                .containsExactly("OPEN")
                .path("plugins[?(@.id == 'faulty')].breakers[?(@.model == 'exploding')].state").entityList(String.class)
                .containsExactly("CLOSED");
        assertThat(http.get("/actuator/health/plugins", TestKeys.key(Role.ADMIN)).body())
                .contains("\"status\":\"UP\"")
                .contains("\"breakers\":{\"hanging\":{\"model\":\"hanging\",\"version\":\"1.0.0\",\"state\":\"OPEN\"");
        assertThat(meters.get("customerlens.model.breaker.state").tag("model", "hanging").gauge().value()).isEqualTo(2);
        assertThat(meters.get("customerlens.model.breaker.state").tag("model", "exploding").gauge().value()).isZero();
    }

    @Test
    void aPopulationViewOverAHangingModelStopsWhenItsBreakerOpens() {
        double timeoutsBefore = evaluations("timeout");
        graphQl.document("{ scoreDistribution(model: \"hanging\") { customers failed } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
                    assertThat(error.getMessage()).startsWith("model 'hanging' (plugin faulty 1.0.0) is not called until")
                            .contains("circuit breaker open");
                    assertThat(error.getPath()).isEqualTo("scoreDistribution");
                }));
        // Five timeouts opened the breaker; the other fifteen customers were not tried.
        assertThat(evaluations("timeout") - timeoutsBefore).isEqualTo(5);
    }

    private double evaluations(String outcome) {
        var timer = meters.find("customerlens.model.evaluation").tags("model", "hanging", "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }
}
