package io.customerlens.plugins.customertype;

import static io.customerlens.plugins.customertype.TypeFixtures.component;
import static io.customerlens.plugins.customertype.TypeFixtures.componentNames;
import static io.customerlens.plugins.customertype.TypeFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.OrderSummary;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Segment;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelationshipTypeModelTest {

    private final RelationshipTypeModel model = new RelationshipTypeModel();

    /** The README's worked example, default parameters. */
    @ParameterizedTest(name = "{0}: {1} orders, {2} referrals, {3} events, {4} posts -> {5}")
    @CsvSource({
            "contract,     0, 0, 0, 0, STRATEGIC",
            "Key-Account,  1, 0, 5, 9, STRATEGIC",
            "B2B,          6, 0, 0, 0, STRATEGIC",
            "b2b,          5, 0, 3, 0, EXPERIENTIAL",
            "newsletter,   2, 0, 0, 3, COMMUNITY",
            "'',           1, 2, 0, 0, COMMUNITY",
            "'',           4, 1, 2, 2, EXPERIENTIAL",
            "'',           4, 1, 1, 2, TRANSACTIONAL",
            "'',           0, 0, 2, 0, EXPERIENTIAL",
            "'',           0, 1, 1, 2, UNCLASSIFIED"})
    void workedExample(String tag, int orders, int referrals, int events, int posts, String expected) {
        assertThat(evaluate(customer(tag, orders, referrals, events, posts), Map.of()).code()).isEqualTo(expected);
    }

    @Test
    void reasonsFollowTheChecksDownToTheType() {
        Segment segment = evaluate(customer("b2b", 5, 0, 3, 0), Map.of());
        assertThat(segment.label()).isEqualTo("Experiential");
        assertThat(segment.rank()).isEqualTo(3);
        assertThat(segment.reasons()).containsExactly(
                "not strategic: no contract or key-account tag, b2b with 5 orders (from 6)",
                "not community: 0 community posts (from 3), 0 referrals (from 2)",
                "experiential: 3 events attended (from 2)");
        assertThat(componentNames(segment))
                .containsExactly("orders", "communityPosts", "referrals", "events", "contract", "b2b");
        assertThat(component(segment, "b2b")).isEqualTo(1);
        assertThat(component(segment, "contract")).isZero();
        assertThat(component(segment, "events")).isEqualTo(3);

        Segment transactional = evaluate(customer("", 4, 1, 1, 2), Map.of());
        assertThat(transactional.reasons()).last().isEqualTo("transactional: 4 orders and no deeper relationship");
        Segment none = evaluate(customer("", 0, 0, 0, 0), Map.of());
        assertThat(none.code()).isEqualTo("UNCLASSIFIED");
        assertThat(none.reasons()).last().isEqualTo("no orders: no relationship yet");
        assertThat(evaluate(customer("contract", 0, 0, 0, 0), Map.of()).reasons())
                .containsExactly("strategic: contract or key-account tag, not b2b with 0 orders (from 6)");
    }

    @Test
    void thresholdsAreParametersAndZeroTurnsACriterionOff() {
        // the b2b account with 5 orders is strategic from 5 orders
        assertThat(evaluate(customer("b2b", 5, 0, 3, 0), Map.of("strategicB2bOrders", 5)).code())
                .isEqualTo("STRATEGIC");
        // 0: the b2b tag never makes a customer strategic, the contract tag still does
        assertThat(evaluate(customer("b2b", 60, 0, 0, 0), Map.of("strategicB2bOrders", 0)).code())
                .isEqualTo("TRANSACTIONAL");
        assertThat(evaluate(customer("contract", 0, 0, 0, 0), Map.of("strategicB2bOrders", 0)).code())
                .isEqualTo("STRATEGIC");
        // events off: 2 events no longer count
        Segment off = evaluate(customer("", 4, 1, 2, 2), Map.of("experientialEvents", 0));
        assertThat(off.code()).isEqualTo("TRANSACTIONAL");
        assertThat(off.reasons()).contains("not experiential: 2 events attended (criterion off)");
        // posts off, referrals from 1
        assertThat(evaluate(customer("", 2, 0, 0, 3), Map.of("communityPosts", 0)).code()).isEqualTo("TRANSACTIONAL");
        assertThat(evaluate(customer("", 4, 1, 1, 2), Map.of("communityReferrals", 1)).code()).isEqualTo("COMMUNITY");
    }

    @Test
    void tagsAreComparedWithoutCaseAndOtherTagsDoNotCount() {
        assertThat(AccountFlags.of(Set.of("CONTRACT"))).isEqualTo(new AccountFlags(true, false));
        assertThat(AccountFlags.of(Set.of("key-account", "B2b"))).isEqualTo(new AccountFlags(true, true));
        assertThat(AccountFlags.of(Set.of("contractor", "b2c", "key account"))).isEqualTo(new AccountFlags(false, false));
    }

    @Test
    void invalidParametersAreRejected() {
        assertInvalid(Map.of("strategicB2bOrders", -1), "strategicB2bOrders");
        assertInvalid(Map.of("communityPosts", 1001), "communityPosts");
        assertInvalid(Map.of("communityReferrals", 1.5), "communityReferrals");
        assertInvalid(Map.of("experientialEvents", "2"), "experientialEvents");
        assertInvalid(Map.of("lookbackDays", 30), "lookbackDays");
    }

    private static CustomerSnapshot customer(String tag, int orders, int referrals, int events, int posts) {
        OrderSummary summary = orders == 0 ? OrderSummary.NONE : new OrderSummary(orders, 100.0 * orders,
                Instant.parse("2024-01-10T10:00:00Z"), Instant.parse("2025-06-01T10:00:00Z"));
        return CustomerSnapshot.builder("c").profile(profile(tag.isEmpty() ? Set.of() : Set.of(tag),
                referrals, events, posts)).orderSummary(summary).build();
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(RelationshipTypeModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter))
                .hasMessageContaining(parameter);
    }

    private Segment evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        return model.evaluate(customer, TypeFixtures.context(RelationshipTypeModel.DESCRIPTOR, raw));
    }
}
