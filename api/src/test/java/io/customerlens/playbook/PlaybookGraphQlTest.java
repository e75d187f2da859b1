package io.customerlens.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.ErrorType;

/** Recommended actions served with a customer's scores, and versioned playbook edits. */
class PlaybookGraphQlTest extends IntegrationTest {

    private static final String CUSTOMER_VIEW = """
            query($id: ID!) { customer(id: $id) {
                segment(model: "value-tier") { code recommendedActions { code channel priority dueWithin } }
                satisfaction(model: "nps") { value band recommendedActions { code title channel priority dueWithin } }
                loyalty(model: "behavioural") { value band recommendedActions { code } }
            } }""";

    private static final Map<String, Object> NPS_BANDS = Map.of("model", "nps", "expectedVersion", 1, "note", "tighter call-back",
            "bands", List.of(
                    Map.of("label", "Detractors", "min", 0, "max", 7, "actions", List.of(action("call-back", 1, "PT4H"))),
                    Map.of("label", "Others", "min", 7, "max", 10, "actions", List.of(action("thank-you", 4, null)))));

    @Autowired
    private PlaybookCatalog catalog;

    private String customer;

    @BeforeEach
    void detractorWithOrders() {
        customer = fixtures.customer("P-1", LocalDate.parse("2024-01-10"));
        fixtures.order(customer, NOW.minus(Duration.ofDays(30)), 120.0);
        fixtures.order(customer, NOW.minus(Duration.ofDays(200)), 80.0);
        fixtures.survey(customer, NOW.minus(Duration.ofDays(2)), 3, null);
    }

    private static Map<String, Object> action(String code, int priority, String due) {
        Map<String, Object> action = new java.util.HashMap<>(Map.of("code", code, "title", "Do " + code,
                "channel", "PHONE", "priority", priority));
        if (due != null) {
            action.put("dueWithin", due);
        }
        return action;
    }

    @Test
    void oneRoundTripReturnsSegmentScoreAndTheirDefaultActions() {
        var response = as(Role.VIEWER).document(CUSTOMER_VIEW).variable("id", customer).execute();
        // the only buyer ties every quantile of the population: vip
        response.path("customer.segment.code").entity(String.class).isEqualTo("vip")
                .path("customer.segment.recommendedActions[*].code").entityList(String.class)
                .containsExactly("account-manager", "priority-line", "early-access")
                .path("customer.segment.recommendedActions[0].channel").entity(String.class).isEqualTo("ACCOUNT_MANAGER")
                .path("customer.segment.recommendedActions[1].dueWithin").entity(String.class).isEqualTo("P1D")
                // NPS 3: a detractor (0 <= 3 < 7)
                .path("customer.satisfaction.band").entity(String.class).isEqualTo("Detractor")
                .path("customer.satisfaction.recommendedActions[*].code").entityList(String.class)
                .containsExactly("call-back", "service-review")
                .path("customer.satisfaction.recommendedActions[0].priority").entity(Integer.class).isEqualTo(1)
                .path("customer.satisfaction.recommendedActions[0].dueWithin").entity(String.class).isEqualTo("PT24H");
        double loyalty = response.path("customer.loyalty.value").entity(Double.class).get();
        List<String> expected = loyalty < 25 ? List.of("win-back-offer", "feedback-survey")
                : loyalty < 50 ? List.of("second-purchase", "points-reminder")
                : loyalty < 75 ? List.of("early-access", "points-reminder")
                : List.of("referral-invite", "early-access", "thank-you");
        response.path("customer.loyalty.recommendedActions[*].code").entityList(String.class).isEqualTo(expected);
    }

    @Test
    void defaultsAreStoredAsVersionOneOfEveryModel() {
        graphQl.document("{ playbook(model: \"nps\") { model version editedBy bands { label min max } } }").execute()
                .path("playbook.version").entity(Integer.class).isEqualTo(1)
                .path("playbook.editedBy").entity(String.class).isEqualTo("defaults")
                .path("playbook.bands[*].min").entityList(Double.class).containsExactly(0.0, 7.0, 9.0)
                .path("playbook.bands[*].max").entityList(Double.class).containsExactly(7.0, 9.0, 10.0);
        long models = mongo.findDistinct(new Query(), "model", Playbook.COLLECTION, String.class).size();
        assertThat(models).isEqualTo(PlaybookDefaults.load().size());
        graphQl.document("{ model(id: \"rfm\") { playbook { segments { segment } } } }").execute()
                .path("model.playbook.segments[*].segment").entityList(String.class).contains("champions", "churn-warning");
    }

    @Test
    void anEditIsServedAtOnceAndKeptAsANewVersion() {
        graphQl.document("""
                mutation($input: SavePlaybookInput!) {
                  savePlaybook(input: $input) { version editedBy note }
                }
                """)
                .variable("input", NPS_BANDS).execute()
                .path("savePlaybook.version").entity(Integer.class).isEqualTo(2)
                .path("savePlaybook.editedBy").entity(String.class).isEqualTo("test admin")
                .path("savePlaybook.note").entity(String.class).isEqualTo("tighter call-back");
        graphQl.document(CUSTOMER_VIEW).variable("id", customer).execute()
                .path("customer.satisfaction.recommendedActions[*].code").entityList(String.class).containsExactly("call-back")
                .path("customer.satisfaction.recommendedActions[0].dueWithin").entity(String.class).isEqualTo("PT4H");
        graphQl.document("""
                {
                  playbookHistory(model: "nps", first: 1) { edges { node { version } } pageInfo { hasNextPage endCursor } }
                }
                """)
                .execute()
                .path("playbookHistory.edges[*].node.version").entityList(Integer.class).containsExactly(2)
                .path("playbookHistory.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefused() {
        graphQl.document("""
                mutation($input: SavePlaybookInput!) {
                  savePlaybook(input: $input) { version }
                }
                """)
                .variable("input", NPS_BANDS).execute().path("savePlaybook.version").entity(Integer.class).isEqualTo(2);
        graphQl.document("""
                mutation($input: SavePlaybookInput!) {
                  savePlaybook(input: $input) { version }
                }
                """)
                .variable("input", NPS_BANDS).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.get(0).getMessage()).contains("input.expectedVersion", "is 1", "version 2");
                });
        assertThat(mongo.count(Query.query(Criteria.where("model").is("nps")), Playbook.COLLECTION)).isEqualTo(2);
    }

    @Test
    void invalidContentIsRefusedNamingEveryFieldAndNothingIsStored() {
        graphQl.document("{ playbooks { model } }").execute().path("playbooks").entityList(Object.class)
                .hasSize(PlaybookDefaults.load().size());
        Map<String, Object> input = Map.of("model", "value-tier", "expectedVersion", 1, "segments", List.of(
                Map.of("segment", "gold", "actions", List.of(action("Call", 9, "tomorrow"))),
                Map.of("segment", "vip", "actions", List.of())),
                "bands", List.of(Map.of("label", "x", "min", 0, "max", 1, "actions", List.of())));
        graphQl.document("""
                mutation($input: SavePlaybookInput!) {
                  savePlaybook(input: $input) { version }
                }
                """)
                .variable("input", input).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.get(0).getMessage()).contains(
                            "input.bands: must be empty",
                            "input.segments[0].segment: must be a segment of 'value-tier': one of basic, extended, vip (got 'gold')",
                            "input.segments[0].actions[0].code", "input.segments[0].actions[0].priority: must be an integer from 1 to 5",
                            "input.segments[0].actions[0].dueWithin: must be an ISO-8601 duration");
                });
        Map<String, Object> overlapping = Map.of("model", "nps", "expectedVersion", 1, "bands", List.of(
                Map.of("label", "Low", "min", 0, "max", 8, "actions", List.of()),
                Map.of("label", "High", "min", 7, "max", 11, "actions", List.of())));
        graphQl.document("""
                mutation($input: SavePlaybookInput!) {
                  savePlaybook(input: $input) { version }
                }
                """)
                .variable("input", overlapping).execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains(
                        "input.bands[1].max: must be within the model's scale 0 to 10 (got 11)",
                        "input.bands: must not overlap: 'Low' (0 to 8) and 'High' (7 to 11)"));
        assertThat(mongo.count(new Query(), Playbook.COLLECTION)).isEqualTo(PlaybookDefaults.load().size());
    }

    @Test
    void onlyAdminsEditPlaybooks() {
        as(Role.EDITOR).document("""
                mutation($input: SavePlaybookInput!) {
                  savePlaybook(input: $input) { version }
                }
                """)
                .variable("input", NPS_BANDS).execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
    }

    @Test
    void actionsAreServedFromMemoryNotReadPerCustomer() {
        graphQl.document(CUSTOMER_VIEW).variable("id", customer).execute()
                .path("customer.satisfaction.recommendedActions").entityList(Object.class).hasSize(2);
        // the store is not read again while the playbooks are held: removing them behind the server's back shows nothing
        mongo.remove(new Query(), Playbook.COLLECTION);
        graphQl.document(CUSTOMER_VIEW).variable("id", customer).execute()
                .path("customer.satisfaction.recommendedActions").entityList(Object.class).hasSize(2);
        assertThat(mongo.count(new Query(), Playbook.COLLECTION)).isZero();
        catalog.invalidate();
        // a reload stores the defaults again, since every model lacks a playbook
        graphQl.document(CUSTOMER_VIEW).variable("id", customer).execute()
                .path("customer.satisfaction.recommendedActions").entityList(Object.class).hasSize(2);
        assertThat(mongo.count(new Query(), Playbook.COLLECTION)).isEqualTo(PlaybookDefaults.load().size());
    }
}
