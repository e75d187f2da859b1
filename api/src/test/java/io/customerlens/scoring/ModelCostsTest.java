package io.customerlens.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;

/**
 * A request is costed in model work before it runs (customerlens.api.max-model-evaluations 1,000 and
 * max-population-fits 10 by default) and refused over budget with the count and the limit, having fitted and
 * evaluated nothing.
 */
class ModelCostsTest extends IntegrationTest {

    @Autowired
    private MeterRegistry meters;

    private String customer;

    @BeforeEach
    void customer() {
        customer = fixtures.customer("COST-1", LocalDate.parse("2024-01-01"));
        fixtures.order(customer, Instant.parse("2025-01-05T10:00:00Z"), 20);
    }

    @Test
    void elevenParameterSetsOfAFittedModelAreRefusedBeforeAnyFit() {
        double fits = timed("customerlens.model.fit", "buyer-count");
        String aliases = IntStream.range(0, 11).mapToObj(i -> "f" + i + ": loyalty(model: \"buyer-count\", params: {offset: "
                + i + "}) { value }").collect(Collectors.joining("\n"));

        as(Role.VIEWER).document("query($id: ID!) { customer(id: $id) { " + aliases + " } }").variable("id", customer)
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).startsWith("this request needs 11 population fits")
                            .contains("the limit is 10 (customerlens.api.max-population-fits)");
                    assertThat(error.getExtensions()).containsEntry("cost", 11).containsEntry("limit", 10);
                }));
        assertThat(timed("customerlens.model.fit", "buyer-count")).isEqualTo(fits);
    }

    @Test
    void aliasesOfOneChoiceAndParametersAFitDoesNotReadCountOnce() {
        String sameOffset = IntStream.range(0, 30).mapToObj(i -> "f" + i + ": loyalty(model: \"buyer-count\", params: {offset: 7})"
                + " { value }").collect(Collectors.joining("\n"));
        String margins = IntStream.range(0, 150).mapToObj(i -> "m" + i + ": loyalty(model: \"clv\", params: {margin: "
                + (i + 1) / 200.0 + "}) { value }").collect(Collectors.joining("\n"));

        as(Role.VIEWER).document("query($id: ID!) { customer(id: $id) { " + sameOffset + "\n" + margins + " } }")
                .variable("id", customer).execute()
                .errors().filter(error -> !error.getMessage().startsWith("this request")).verify()
                .path("customer.f29.value").entity(Double.class).isEqualTo(8.0);
    }

    @Test
    void distinctChoicesTimesThePageSizeAreCountedAsEvaluations() {
        double evaluations = timed("customerlens.model.evaluation", "rfm");
        String choices = IntStream.range(0, 11).mapToObj(i -> "s" + i + ": segment(model: \"rfm\", params: {weightR: "
                + (i + 1) / 2.0 + "}) { code }").collect(Collectors.joining("\n"));

        as(Role.VIEWER).document("{ customers(first: 100) { edges { node { " + choices + " } } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).startsWith("this request asks for 1100 model evaluations")
                            .contains("the limit is 1000 (customerlens.api.max-model-evaluations)");
                }));
        assertThat(timed("customerlens.model.evaluation", "rfm")).isEqualTo(evaluations);

        as(Role.VIEWER).document("{ customers(first: 90) { edges { node { " + choices + " } } } }").execute()
                .path("customers.edges[0].node.s10.code").hasValue();
    }

    private double timed(String meter, String model) {
        return meters.find(meter).tag("model", model).timers().stream().mapToDouble(Timer::count).sum();
    }
}
