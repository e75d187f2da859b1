package io.customerlens.plugins.loyalty;

import static io.customerlens.plugins.loyalty.LoyaltyFixtures.engaged;
import static io.customerlens.plugins.loyalty.LoyaltyFixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.OrderSummary;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Segment;
import io.customerlens.sdk.SurveyResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ladder stages, default thresholds: advocate from 1 referral or 5 posts, supporter from 1 event, repeat customer
 * from 2 orders.
 */
class LoyaltyLadderModelTest {

    private static final SurveyResponse SATISFIED = survey("2025-06-01T10:00:00Z", null, 4, null); // CSAT 4: positive
    /** NPS 8 decides: not positive, despite CSAT 5 and CES 7. */
    private static final SurveyResponse PASSIVE = survey("2025-06-01T10:00:00Z", 8, 5, 7);

    private final LoyaltyLadderModel model = new LoyaltyLadderModel();

    @Test
    void prospectWithoutOrders() {
        Segment segment = evaluate(customer(0, 0, 0, 0), Map.of());
        assertThat(segment.code()).isEqualTo("prospect");
        assertThat(segment.rank()).isEqualTo(5);
        assertThat(segment.reasons()).containsExactly("no orders yet",
                "not an advocate: 0 referrals (from 1), 0 community posts (from 5)");
        assertThat(segment.components()).extracting(Component::name)
                .containsExactly("orders", "referrals", "events", "communityPosts", "positiveSurveys");
        assertThat(segment.components()).extracting(Component::value).containsOnly(0.0);
    }

    @Test
    void oneZeroSpendOrderIsACustomer() {
        Instant at = Instant.parse("2025-06-20T10:00:00Z");
        CustomerSnapshot customer = CustomerSnapshot.builder("c").orderSummary(new OrderSummary(1, 0, at, at)).build();
        Segment segment = evaluate(customer, Map.of());
        assertThat(segment.code()).isEqualTo("customer");
        assertThat(segment.rank()).isEqualTo(4);
        assertThat(segment.reasons().get(0)).isEqualTo("1 order, not yet a repeat customer (from 2 orders)");
    }

    @Test
    void oneOrderStaysCustomerEvenWhenAttached() {
        // a positive survey and 3 events, but not a repeat customer: supporter needs repeat purchases
        CustomerSnapshot customer = builder(1, 0, 3, 0).survey(SATISFIED).build();
        assertThat(evaluate(customer, Map.of()).code()).isEqualTo("customer");
    }

    @Test
    void repeatCustomerWithoutAttachmentIsAClient() {
        Segment segment = evaluate(builder(3, 0, 0, 4).survey(PASSIVE).build(), Map.of());
        assertThat(segment.code()).isEqualTo("client");
        assertThat(segment.rank()).isEqualTo(3);
        assertThat(segment.reasons()).containsExactly("3 orders, a repeat customer (from 2 orders)",
                "not an advocate: 0 referrals (from 1), 4 community posts (from 5)",
                "0 positive surveys and 0 events attended (from 1): no sign of emotional attachment");
    }

    @Test
    void supporterByAPositiveSurveyOrAnEvent() {
        Segment bySurvey = evaluate(builder(2, 0, 0, 0).survey(SATISFIED).build(), Map.of());
        assertThat(bySurvey.code()).isEqualTo("supporter");
        assertThat(bySurvey.rank()).isEqualTo(2);
        assertThat(bySurvey.reasons().get(2))
                .isEqualTo("1 positive survey and 0 events attended (from 1): a sign of emotional attachment");
        assertThat(evaluate(customer(2, 0, 1, 0), Map.of()).code()).isEqualTo("supporter");
        // supporterEvents 2: one event is no longer enough
        assertThat(evaluate(customer(2, 0, 1, 0), Map.of("supporterEvents", 2)).code()).isEqualTo("client");
    }

    @Test
    void advocateByReferralsOrPosts() {
        Segment byReferral = evaluate(customer(1, 1, 0, 0), Map.of());
        assertThat(byReferral.code()).isEqualTo("advocate");
        assertThat(byReferral.rank()).isEqualTo(1);
        assertThat(byReferral.reasons().get(1)).isEqualTo("advocates: 1 referral (from 1), 0 community posts (from 5)");
        assertThat(evaluate(customer(4, 0, 2, 5), Map.of()).code()).isEqualTo("advocate"); // 5 posts, boundary
        assertThat(evaluate(customer(4, 0, 0, 4), Map.of()).code()).isEqualTo("client"); // 4 posts, just below
        assertThat(evaluate(customer(4, 1, 0, 0), Map.of("advocateReferrals", 2)).code()).isEqualTo("client");
    }

    @Test
    void advocacyDoesNotRequireOrders() {
        // documented choice: engagement is read first, as the stages are checked from the top
        assertThat(evaluate(customer(0, 2, 0, 0), Map.of()).code()).isEqualTo("advocate");
    }

    @Test
    void thresholdZeroTurnsACriterionOff() {
        Segment segment = evaluate(customer(3, 0, 5, 0), Map.of("advocateReferrals", 0, "supporterEvents", 0));
        assertThat(segment.code()).isEqualTo("client"); // not everybody is an advocate or supporter
        assertThat(segment.reasons()).contains(
                "not an advocate: 0 referrals (criterion off), 0 community posts (from 5)",
                "0 positive surveys and 5 events attended (criterion off): no sign of emotional attachment");
    }

    @Test
    void repeatOrdersBoundary() {
        // repeatOrders 3: 2 orders is not repeat, even with a positive survey; 3 orders is
        assertThat(evaluate(builder(2, 0, 0, 0).survey(SATISFIED).build(), Map.of("repeatOrders", 3)).code())
                .isEqualTo("customer");
        assertThat(evaluate(builder(3, 0, 0, 0).survey(SATISFIED).build(), Map.of("repeatOrders", 3)).code())
                .isEqualTo("supporter");
    }

    @Test
    void componentsCarryTheCounts() {
        Segment segment = evaluate(builder(2, 0, 3, 1).survey(SATISFIED).survey(PASSIVE).build(), Map.of());
        assertThat(segment.components()).extracting(Component::value).containsExactly(2.0, 0.0, 3.0, 1.0, 1.0);
    }

    @Test
    void outOfRangeParametersAreRejected() {
        assertInvalid(Map.of("repeatOrders", 1), "repeatOrders");
        assertInvalid(Map.of("advocatePosts", 101), "advocatePosts");
        assertInvalid(Map.of("supporterEvents", -1), "supporterEvents");
        assertInvalid(Map.of("advocateReferrals", 1.5), "advocateReferrals");
    }

    @Test
    void deterministic() {
        CustomerSnapshot customer = builder(2, 0, 1, 0).survey(SATISFIED).build();
        assertThat(evaluate(customer, Map.of())).isEqualTo(evaluate(customer, Map.of()));
    }

    private static CustomerSnapshot customer(int orders, int referrals, int events, int posts) {
        return builder(orders, referrals, events, posts).build();
    }

    private static CustomerSnapshot.Builder builder(int orders, int referrals, int events, int posts) {
        OrderSummary summary = orders == 0 ? OrderSummary.NONE : new OrderSummary(orders, 50.0 * orders,
                Instant.parse("2025-01-10T10:00:00Z"), Instant.parse("2025-06-10T10:00:00Z"));
        return CustomerSnapshot.builder("l").profile(engaged("l", referrals, events, posts)).orderSummary(summary);
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(LoyaltyLadderModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    private Segment evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        return model.evaluate(customer, LoyaltyFixtures.context(LoyaltyLadderModel.DESCRIPTOR, raw));
    }
}
