package io.customerlens.plugins.customertype;

import static io.customerlens.plugins.customertype.TypeFixtures.component;
import static io.customerlens.plugins.customertype.TypeFixtures.componentNames;
import static io.customerlens.plugins.customertype.TypeFixtures.contact;
import static io.customerlens.plugins.customertype.TypeFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InteractionKind;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Segment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeedsTypeModelTest {

    private final NeedsTypeModel model = new NeedsTypeModel();

    /** The README's regular buyer: 4 orders, one discounted, one inquiry and one piece of feedback. */
    private static CustomerSnapshot.Builder regular() {
        return CustomerSnapshot.builder("r")
                .order(order("2025-01-10", 5))
                .order(order("2025-03-01", 0))
                .order(order("2025-05-01", 0))
                .order(order("2025-06-10", 0))
                .interaction(contact("2025-02-01", InteractionKind.INQUIRY))
                .interaction(contact("2025-05-02", InteractionKind.FEEDBACK));
    }

    @Test
    void regularBuyerIsLoyal() {
        Segment segment = evaluate(regular().build(), Map.of());
        // discountShare 1/4 = 0.25 < 0.5; contacts 1 (feedback not counted) / 4 = 0.25 < 0.5;
        // 4 orders >= 3, last 2025-06-10 = 20 days before 2025-06-30 <= 365
        assertThat(segment.code()).isEqualTo("LOYAL");
        assertThat(segment.rank()).isEqualTo(1);
        assertThat(component(segment, "discountShare")).isEqualTo(0.25);
        assertThat(component(segment, "contactsPerOrder")).isEqualTo(0.25);
        assertThat(component(segment, "serviceContacts")).isEqualTo(1);
        assertThat(component(segment, "daysSinceLastOrder")).isEqualTo(20);
        assertThat(segment.reasons()).containsExactly(
                "1 of 4 orders had a discount (share 0.25), below 0.50",
                "1 service contact for 4 orders (0.25 per order), below 0.50",
                "4 orders, last order 20 days ago: a loyal repeat buyer (from 3 orders, the last within 365 days)");
    }

    @Test
    void manyServiceContactsMakeServiceDependent() {
        CustomerSnapshot customer = regular()
                .interaction(contact("2025-06-12", InteractionKind.COMPLAINT))
                .interaction(contact("2025-06-15", InteractionKind.REQUEST)).build();
        Segment segment = evaluate(customer, Map.of());
        // contacts: inquiry, complaint, request = 3 / 4 orders = 0.75 >= 0.5
        assertThat(segment.code()).isEqualTo("SERVICE_DEPENDENT");
        assertThat(component(segment, "contactsPerOrder")).isEqualTo(0.75);
        assertThat(segment.reasons()).hasSize(2)
                .last().isEqualTo("3 service contacts for 4 orders (0.75 per order), at or above 0.50");
        // a higher threshold: 0.75 < 0.8 -> loyal again
        assertThat(evaluate(customer, Map.of("serviceContactsPerOrder", 0.8)).code()).isEqualTo("LOYAL");
    }

    @Test
    void discountsDecideBeforeService() {
        CustomerSnapshot customer = CustomerSnapshot.builder("p")
                .order(order("2025-04-01", 10))
                .order(order("2025-05-01", 0))
                .order(order("2025-06-01", 7.5))
                .interaction(contact("2025-04-02", InteractionKind.COMPLAINT))
                .interaction(contact("2025-05-02", InteractionKind.INQUIRY))
                .interaction(contact("2025-06-02", InteractionKind.INQUIRY)).build();
        Segment segment = evaluate(customer, Map.of());
        // discountShare 2/3 >= 0.5 -> price-sensitive, although contactsPerOrder 3/3 = 1 >= 0.5 too
        assertThat(segment.code()).isEqualTo("PRICE_SENSITIVE");
        assertThat(component(segment, "discountShare")).isCloseTo(0.666667, within(1e-6));
        assertThat(component(segment, "contactsPerOrder")).isEqualTo(1.0);
        assertThat(segment.reasons()).containsExactly("2 of 3 orders had a discount (share 0.67), at or above 0.50");
        // share 2/3 < 0.7: service decides
        assertThat(evaluate(customer, Map.of("priceDiscountShare", 0.7)).code()).isEqualTo("SERVICE_DEPENDENT");
    }

    @Test
    void thresholdsAreInclusive() {
        CustomerSnapshot half = CustomerSnapshot.builder("h")
                .order(order("2025-05-01", 1)).order(order("2025-06-01", 0)).build();
        assertThat(evaluate(half, Map.of()).code()).isEqualTo("PRICE_SENSITIVE"); // 1/2 = 0.5 >= 0.5
        assertThat(evaluate(half, Map.of("priceDiscountShare", 0.51)).code()).isEqualTo("UNCLASSIFIED");
    }

    @Test
    void lookbackWindowCountsRecentOrdersAndContactsOnly() {
        // 120 days: window from 2025-03-03 (2025-07-01 - 120 days); orders 05-01 and 06-10, no discount,
        // the inquiry of 02-01 falls outside -> 2 orders < loyalOrders 3, no need shows
        Segment segment = evaluate(regular().build(), Map.of("lookbackDays", 120));
        assertThat(segment.code()).isEqualTo("UNCLASSIFIED");
        assertThat(component(segment, "orders")).isEqualTo(2);
        assertThat(component(segment, "serviceContacts")).isZero();
        assertThat(segment.reasons()).first().isEqualTo("0 of 2 orders in the last 120 days had a discount"
                + " (share 0.00), below 0.50");
        assertThat(segment.reasons()).last().isEqualTo("no distinctive need");
        // 60 days: only 06-10 is left, fewer than minOrders
        Segment thin = evaluate(regular().build(), Map.of("lookbackDays", 60));
        assertThat(thin.reasons()).containsExactly("1 order in the last 60 days: 2 needed to read a need");
    }

    @Test
    void lapsedRepeatBuyerIsNotLoyalUnlessRecencyIsOff() {
        CustomerSnapshot lapsed = CustomerSnapshot.builder("l")
                .order(order("2023-09-01", 0)).order(order("2023-10-01", 0)).order(order("2023-12-01", 0)).build();
        // 2023-12-01 to 2025-06-30 = 577 days > 365
        Segment segment = evaluate(lapsed, Map.of());
        assertThat(segment.code()).isEqualTo("UNCLASSIFIED");
        assertThat(component(segment, "daysSinceLastOrder")).isEqualTo(577);
        assertThat(evaluate(lapsed, Map.of("loyalRecencyDays", 0)).code()).isEqualTo("LOYAL");
        assertThat(evaluate(lapsed, Map.of("loyalRecencyDays", 577)).code()).isEqualTo("LOYAL");
        assertThat(evaluate(lapsed, Map.of("loyalRecencyDays", 0, "loyalOrders", 4)).code()).isEqualTo("UNCLASSIFIED");
    }

    @Test
    void tooFewOrdersIsUnclassified() {
        CustomerSnapshot one = CustomerSnapshot.builder("o").order(order("2025-06-01", 5)).build();
        Segment segment = evaluate(one, Map.of());
        assertThat(segment.code()).isEqualTo("UNCLASSIFIED");
        assertThat(segment.reasons()).containsExactly("1 order: 2 needed to read a need");
        // minOrders 1: the one discounted order reads as price-sensitive
        assertThat(evaluate(one, Map.of("minOrders", 1)).code()).isEqualTo("PRICE_SENSITIVE");
    }

    @Test
    void noOrdersIsUnclassifiedWithoutShares() {
        CustomerSnapshot none = CustomerSnapshot.builder("n")
                .interaction(contact("2025-06-01", InteractionKind.COMPLAINT)).build();
        Segment segment = evaluate(none, Map.of("minOrders", 1));
        assertThat(segment.code()).isEqualTo("UNCLASSIFIED");
        assertThat(segment.reasons()).containsExactly("no orders: 1 needed to read a need");
        assertThat(componentNames(segment)).containsExactly("orders", "discountedOrders", "serviceContacts");
        assertThat(component(segment, "serviceContacts")).isEqualTo(1);
        assertThat(evaluate(CustomerSnapshot.builder("e").build(), Map.of()).code()).isEqualTo("UNCLASSIFIED");
    }

    @Test
    void invalidParametersAreRejected() {
        assertInvalid(Map.of("minOrders", 0), "minOrders");
        assertInvalid(Map.of("priceDiscountShare", 0), "priceDiscountShare");
        assertInvalid(Map.of("priceDiscountShare", 1.1), "priceDiscountShare");
        assertInvalid(Map.of("serviceContactsPerOrder", 0.001), "serviceContactsPerOrder");
        assertInvalid(Map.of("loyalOrders", 1), "loyalOrders");
        assertInvalid(Map.of("loyalRecencyDays", -1), "loyalRecencyDays");
        assertInvalid(Map.of("lookbackDays", 3651), "lookbackDays");
        assertInvalid(Map.of("loyalOrders", 2.5), "loyalOrders");
        assertInvalid(Map.of("discount", 0.5), "discount");
    }

    @Test
    void everyResultIsADeclaredSegment() {
        for (Map<String, ?> raw : java.util.List.<Map<String, ?>>of(Map.of(), Map.of("lookbackDays", 120))) {
            Segment segment = evaluate(regular().build(), raw);
            assertThat(NeedsTypeModel.DESCRIPTOR.segment(segment.code()).label()).isEqualTo(segment.label());
        }
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(NeedsTypeModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter))
                .hasMessageContaining(parameter);
    }

    private Segment evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        return model.evaluate(customer, TypeFixtures.context(NeedsTypeModel.DESCRIPTOR, raw));
    }
}
