package io.customerlens.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Creates customers and their history through the public GraphQL API, as a client would. */
public final class Fixtures {

    private final GraphQlTester graphQl;

    public Fixtures(GraphQlTester graphQl) {
        this.graphQl = graphQl;
    }

    /** @return the new customer's id */
    public String customer(String externalId, LocalDate joinedOn) {
        return graphQl.document("""
                        mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }""")
                .variable("input", Map.of("externalId", externalId, "name", "Test " + externalId,
                        "email", externalId.toLowerCase() + "@example.com", "joinedOn", joinedOn.toString(),
                        "region", "EU-West", "channel", "web"))
                .execute()
                .path("createCustomer.id").entity(String.class).get();
    }

    public void order(String customerId, Instant at, double amount) {
        graphQl.document("""
                        mutation($input: RecordOrderInput!) { recordOrder(input: $input) { id } }""")
                .variable("input", Map.of("customerId", customerId, "orderedAt", at.toString(), "amount", amount))
                .execute()
                .path("recordOrder.id").hasValue();
    }

    /**
     * Twenty buyers of 100 to 2,000 before {@code now}, and one customer who bought for 50, shown as basic under the
     * value-tier model (so the model remembers the tier): an order of 10,000 lifts them to VIP.
     *
     * @return the id of the customer of 50
     */
    public String buyersAndOneBasicCustomer(Instant now) {
        for (int i = 1; i <= 20; i++) {
            String id = customer("C" + i, LocalDate.parse("2024-01-01"));
            order(id, now.minusSeconds(86_400L * i), 100.0 * i);
        }
        String target = customer("C-target", LocalDate.parse("2024-01-01"));
        order(target, now.minusSeconds(86_400), 50);
        graphQl.document("query($id: ID!) { customer(id: $id) { segment(model: \"value-tier\") { code } } }")
                .variable("id", target).execute()
                .path("customer.segment.code").entity(String.class).isEqualTo("basic");
        return target;
    }

    public void survey(String customerId, Instant at, Integer nps, Integer csat) {
        Map<String, Object> input = new HashMap<>(Map.of("customerId", customerId, "answeredAt", at.toString()));
        if (nps != null) {
            input.put("nps", nps);
        }
        if (csat != null) {
            input.put("csat", csat);
        }
        graphQl.document("""
                        mutation($input: RecordSurveyInput!) { recordSurvey(input: $input) { id } }""")
                .variable("input", input)
                .execute()
                .path("recordSurvey.id").hasValue();
    }
}
