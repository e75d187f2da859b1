package io.customerlens.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customerlens.customer.Customer;
import io.customerlens.customer.Order;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import io.customerlens.customer.KanoAnswer;
import io.customerlens.kano.KanoCategory;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class SampleDataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-06-30");

    @Test
    void theSameSeedGivesTheSamePopulation() {
        SamplePopulation first = new SampleDataGenerator(7, TODAY).generate(300);
        SamplePopulation second = new SampleDataGenerator(7, TODAY).generate(300);
        SamplePopulation other = new SampleDataGenerator(8, TODAY).generate(300);

        assertThat(withoutIds(first)).isEqualTo(withoutIds(second)).isNotEqualTo(withoutIds(other));
    }

    @Test
    void summariesAgreeWithTheGeneratedOrders() {
        SamplePopulation population = new SampleDataGenerator(42, TODAY).generate(500);
        Map<String, List<Order>> byCustomer = population.orders().stream()
                .collect(Collectors.groupingBy(Order::customerId));

        for (Customer customer : population.customers()) {
            List<Order> orders = byCustomer.getOrDefault(customer.id(), List.of());
            assertThat(customer.orderSummary().count()).isEqualTo(orders.size());
            assertThat(customer.orderSummary().total()).isEqualByComparingTo(
                    orders.stream().map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(orders).allSatisfy(order -> assertThat(order.orderedAt())
                    .isBeforeOrEqualTo(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
    }

    @Test
    void looksLikeARealCustomerBase() {
        SamplePopulation population = new SampleDataGenerator(42, TODAY).generate(2000);
        long buyers = population.customers().stream().filter(c -> c.orderSummary().count() > 0).count();
        long repeat = population.customers().stream().filter(c -> c.orderSummary().count() > 1).count();

        // Most customers buy, a good share come back, and survey and service data exist for a real share.
        assertThat(buyers).isBetween(1500L, 2000L);
        assertThat(repeat).isBetween(800L, 1900L);
        assertThat(population.surveys().size()).isGreaterThan(1000);
        assertThat(population.interactions().size()).isGreaterThan(500);
        assertThat(population.customers()).extracting(Customer::externalId).doesNotHaveDuplicates();
    }

    @Test
    void theOrderRateScalesHowOftenCustomersBuy() {
        int plain = new SampleDataGenerator(42, TODAY).generate(2000).orders().size();
        int doubled = new SampleDataGenerator(42, TODAY, 2).generate(2000).orders().size();
        // Twice the rate over the same lifetimes: close to twice the orders (the first order of each buyer is fixed).
        assertThat(doubled / (double) plain).isBetween(1.7, 2.1);
        assertThatThrownBy(() -> new SampleDataGenerator(42, TODAY, 0)).hasMessageContaining("order-rate");
    }

    private static List<String> withoutIds(SamplePopulation population) {
        return population.customers().stream()
                .map(c -> c.externalId() + c.name() + c.email() + c.region() + c.joinedOn() + c.orderSummary().count()
                        + c.orderSummary().total())
                .toList();
    }

    @Test
    void kanoAnswersPlaceEachAttributeInItsCategory() {
        SamplePopulation population = new SampleDataGenerator(42, TODAY).generate(3000);
        List<KanoAnswer> answers = population.surveys().stream().flatMap(survey -> survey.kano().stream()).toList();
        long answered = population.surveys().stream().filter(survey -> !survey.kano().isEmpty()).count();
        assertThat((double) answered / population.surveys().size()).isBetween(0.25, 0.35);

        Map<String, KanoCategory> mostCommon = answers.stream().collect(Collectors.groupingBy(KanoAnswer::attribute,
                Collectors.collectingAndThen(Collectors.groupingBy(
                        answer -> KanoCategory.of(answer.functional(), answer.dysfunctional()), Collectors.counting()),
                        counts -> Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey())));
        assertThat(mostCommon).containsExactlyInAnyOrderEntriesOf(Map.of(
                "same-day-delivery", KanoCategory.ATTRACTIVE, "free-returns", KanoCategory.PERFORMANCE,
                "secure-checkout", KanoCategory.MUST_BE, "gift-wrapping", KanoCategory.INDIFFERENT));
    }
}
