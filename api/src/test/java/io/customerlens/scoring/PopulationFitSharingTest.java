package io.customerlens.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A model whose fit does not read its parameters (clv: only the margin, horizon and discount shape the value) is
 * fitted once for every parameter set a query asks for: five aliases with five margins cost one fit, not five.
 */
class PopulationFitSharingTest extends IntegrationTest {

    @Autowired
    private MeterRegistry meters;

    @Test
    void fiveMarginsOfClvShareOneFit() {
        String first = null;
        for (int i = 0; i < 12; i++) {
            String id = fixtures.customer("F-" + i, LocalDate.parse("2024-01-01"));
            fixtures.order(id, Instant.parse("2025-01-05T10:00:00Z"), 20 + i);
            fixtures.order(id, Instant.parse("2025-0" + (2 + i % 4) + "-10T10:00:00Z"), 30 + 2 * i);
            first = first == null ? id : first;
        }
        double fits = fits("clv");

        Map<String, Object> customer = graphQl.document("""
                        query($id: ID!) {
                          customer(id: $id) {
                            m1: loyalty(model: "clv", params: {margin: 0.1}) { value }
                            m2: loyalty(model: "clv", params: {margin: 0.2}) { value }
                            m3: loyalty(model: "clv", params: {margin: 0.3}) { value }
                            m4: loyalty(model: "clv", params: {margin: 0.4}) { value }
                            m5: loyalty(model: "clv", params: {margin: 0.5}) { value }
                          }
                        }""")
                .variable("id", first).execute().path("customer").entity(Map.class).get();

        assertThat(fits("clv") - fits).as("clv fits").isEqualTo(1);
        double tenth = value(customer, "m1");
        assertThat(tenth).isPositive();
        assertThat(value(customer, "m5")).isCloseTo(5 * tenth, within(1e-6 * tenth));
    }

    @SuppressWarnings("unchecked")
    private static double value(Map<String, Object> customer, String alias) {
        return ((Number) ((Map<String, Object>) customer.get(alias)).get("value")).doubleValue();
    }

    private double fits(String model) {
        return meters.find("customerlens.model.fit").tag("model", model).timers().stream().mapToDouble(Timer::count).sum();
    }
}
