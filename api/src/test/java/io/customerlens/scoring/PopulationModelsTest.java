package io.customerlens.scoring;

import static io.customerlens.support.IntegrationTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.customer.Customer;
import io.customerlens.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Population fits are computed once per population version; models with memory see their previous segment. */
class PopulationModelsTest extends IntegrationTest {

    @Autowired
    private MeterRegistry meters;

    @Test
    void aPopulationFitIsComputedOncePerPopulationVersion() {
        for (int i = 0; i < 4; i++) {
            String id = fixtures.customer("F-" + i, LocalDate.parse("2024-01-01"));
            if (i < 3) {
                fixtures.order(id, NOW.minus(Duration.ofDays(10 + i)), 20);
            }
        }
        double fitsBefore = fits();
        // language=GraphQL
        String page = """
                {
                  customers(first: 10) { edges { node { loyalty(model: "buyer-count") { value } } } }
                }
                """;

        graphQl.document(page).execute()
                .path("customers.edges[*].node.loyalty.value").entityList(Double.class)
                .satisfies(values -> assertThat(values).hasSize(4).containsOnly(3.0));
        assertThat(fits() - fitsBefore).isEqualTo(1);

        graphQl.document(page).execute();
        assertThat(fits() - fitsBefore).isEqualTo(1);

        String fourth = mongo.findOne(Query.query(Criteria.where("externalId").is("F-3")), Customer.class).id();
        fixtures.order(fourth, NOW.minus(Duration.ofDays(1)), 5);
        graphQl.document(page).execute()
                .path("customers.edges[*].node.loyalty.value").entityList(Double.class)
                .satisfies(values -> assertThat(values).containsOnly(4.0));
        assertThat(fits() - fitsBefore).isEqualTo(2);
    }

    @Test
    void aModelWithMemorySeesTheSegmentItAssignedBefore() {
        String id = fixtures.customer("M-1", LocalDate.parse("2024-01-01"));
        // language=GraphQL
        String query = """
                query($id: ID!) {
                  customer(id: $id) { segment(model: "memory") { code reasons } }
                }
                """;

        graphQl.document(query).variable("id", id).execute()
                .path("customer.segment.code").entity(String.class).isEqualTo("first");
        graphQl.document(query).variable("id", id).execute()
                .path("customer.segment.code").entity(String.class).isEqualTo("again")
                .path("customer.segment.reasons[0]").entity(String.class).isEqualTo("was first since 2025-06-30");
        assertThat(mongo.count(new Query(), SegmentStates.COLLECTION)).isEqualTo(1);

        graphQl.document("mutation($id: ID!) { deleteCustomer(id: $id) { deletedId } }").variable("id", id).execute();
        assertThat(mongo.count(new Query(), SegmentStates.COLLECTION)).isZero();
    }

    private double fits() {
        var timer = meters.find("customerlens.model.fit").tag("model", "buyer-count").timer();
        return timer == null ? 0 : timer.count();
    }
}
