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
