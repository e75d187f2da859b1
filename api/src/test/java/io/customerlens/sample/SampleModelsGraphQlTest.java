package io.customerlens.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.customer.Customer;
import io.customerlens.customer.DataVersion;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.Order;
import io.customerlens.customer.Survey;
import io.customerlens.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo population gives the customer-type, four-dimension and driver-index models a varied picture
 * through the server: every type occurs (the relationship type's UNCLASSIFIED aside), and the scores spread over
 * their scales.
 */
class SampleModelsGraphQlTest extends IntegrationTest {

    @Autowired
    private DataVersion dataVersion;

    @BeforeEach
    void demoPopulation() {
        SamplePopulation population = new SampleDataGenerator(42, LocalDate.parse("2025-06-30")).generate(600);
        mongo.insert(population.customers(), Customer.class);
        mongo.insert(population.orders(), Order.class);
        mongo.insert(population.surveys(), Survey.class);
        mongo.insert(population.interactions(), Interaction.class);
        dataVersion.changed();
    }

    @Test
    void everyNeedsTypeAndRelationshipTypeOccurs() {
        for (String model : List.of("needs-type", "relationship-type")) {
            List<Map> segments = graphQl.document("query($model: ID!) { segmentDistribution(model: $model) {"
                            + " customers failed segments { code count } } }")
                    .variable("model", model).execute()
                    .path("segmentDistribution.customers").entity(Integer.class).isEqualTo(600)
                    .path("segmentDistribution.failed").entity(Integer.class).isEqualTo(0)
                    .path("segmentDistribution.segments").entityList(Map.class).get();
            // Demo customers nearly all buy, so "no relationship yet" may stay empty; every named type occurs.
            assertThat(segments).as(model).filteredOn(segment ->
                            !(model.equals("relationship-type") && "UNCLASSIFIED".equals(segment.get("code"))))
                    .hasSize(4).allSatisfy(segment -> assertThat((Integer) segment.get("count"))
                            .as(model + " " + segment.get("code")).isPositive());
        }
    }

    @Test
    void surveyRatedScoresSpreadOverTheirScales() {
        for (String model : List.of("four-dimension", "driver-index")) {
            Map<String, Object> view = graphQl.document("query($model: ID!) { scoreDistribution(model: $model) {"
                            + " failed withValue noData min max standardDeviation } }")
                    .variable("model", model).execute()
                    .path("scoreDistribution").entity(Map.class).get();
            assertThat(view.get("failed")).as(model).isEqualTo(0);
            assertThat((Integer) view.get("withValue")).as(model).isGreaterThan(100);
            assertThat((Double) view.get("standardDeviation")).as(model).isPositive();
            assertThat((Double) view.get("max") - (Double) view.get("min")).as(model)
                    .isGreaterThan(model.equals("four-dimension") ? 3 : 30);
        }
    }
}
