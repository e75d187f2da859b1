package io.customerlens.plugins.loyalty;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.Engagement;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.OrderSummary;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Profile;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.SurveyResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Customers and surveys shared by the loyalty tests, all as of 2025-06-30. */
final class LoyaltyFixtures {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private LoyaltyFixtures() {
    }

    /**
     * Behavioural score 60.008562 with default parameters (see BehaviouralLoyaltyModelTest.regularCustomer):
     * joined 2024-06-30, 6 orders, first 2024-07-15, last 2025-04-01.
     */
    static CustomerSnapshot.Builder regular(String id) {
        return CustomerSnapshot.builder(id).joinedOn(LocalDate.of(2024, 6, 30))
                .orderSummary(new OrderSummary(6, 600, Instant.parse("2024-07-15T09:00:00Z"),
                        Instant.parse("2025-04-01T09:00:00Z")));
    }

    /** Behavioural score 7.5: joined 365 days before asOf, no orders (tenure 365 / 730 = 0.5, x 0.15). */
    static CustomerSnapshot.Builder joinedWithoutOrders(String id) {
        return CustomerSnapshot.builder(id).joinedOn(LocalDate.of(2024, 6, 30));
    }

    /**
     * Attitudinal score 65 with default parameters. Positive? T, F (NPS 7 decides, CSAT 5 does not rescue it),
     * T (CSAT 4), T (NPS 9), F (CES 3); the dimensions-only answer is not rated.
     */
    static List<SurveyResponse> mixedSurveys() {
        return List.of(
                survey("2025-01-10T10:00:00Z", 10, 5, null),
                survey("2025-03-05T10:00:00Z", 7, 5, null),
                survey("2025-04-20T10:00:00Z", null, 4, null),
                new SurveyResponse(Instant.parse("2025-05-01T10:00:00Z"), null, null, null,
                        Map.of("reliability", 6.0)),
                survey("2025-06-01T10:00:00Z", 9, null, null),
                survey("2025-06-15T10:00:00Z", null, null, 3));
    }

    static CustomerSnapshot.Builder withSurveys(CustomerSnapshot.Builder builder, List<SurveyResponse> surveys) {
        surveys.forEach(builder::survey);
        return builder;
    }

    static SurveyResponse survey(String answeredAt, Integer nps, Integer csat, Integer ces) {
        return new SurveyResponse(Instant.parse(answeredAt), nps, csat, ces, Map.of());
    }

    static Profile engaged(String id, int referrals, int events, int communityPosts) {
        return new Profile(id, null, null, null, null, 0, Set.of(), new Engagement(referrals, events, communityPosts));
    }

    static ScoringContext context(ModelDescriptor descriptor, Map<String, ?> raw) {
        return new ScoringContext(Parameters.resolve(descriptor.parameters(), raw), PopulationStatistics.EMPTY, AS_OF);
    }

    static double component(List<Component> components, String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().value();
    }
}
