package io.customerlens.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.customer.Customer;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.Order;
import io.customerlens.customer.OrderTotals;
import io.customerlens.customer.Survey;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InteractionKind;
import io.customerlens.sdk.InteractionOutcome;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.PurchasePattern;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A customer as they were before a date, and population figures of such customers. */
class PastScoringTest {

    private static final Instant CUTOFF = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void aPastSnapshotHoldsOnlyWhatBeganBeforeTheCutoffWithItsOwnOrderSummary() {
        Customer customer = customer("c1", new OrderTotals(3, new BigDecimal("175"), Instant.parse("2024-03-01T10:00:00Z"),
                Instant.parse("2025-02-01T10:00:00Z")));
        List<Order> orders = List.of(order("2024-03-01T10:00:00Z", 50), order("2024-12-31T23:59:59Z", 25),
                order("2025-02-01T10:00:00Z", 100));
        List<Survey> surveys = List.of(survey("2024-06-01T10:00:00Z", 9), survey("2025-01-01T00:00:00Z", 2));
        List<Interaction> interactions = List.of(
                interaction("2024-05-01T10:00:00Z", "2024-05-02T10:00:00Z", InteractionOutcome.RESOLVED),
                interaction("2024-12-30T10:00:00Z", "2025-01-05T10:00:00Z", InteractionOutcome.UNRESOLVED),
                interaction("2025-01-02T10:00:00Z", null, InteractionOutcome.OPEN));

        CustomerSnapshot past = PastScoring.snapshotBefore(customer, orders, surveys, interactions, CUTOFF);

        assertThat(past.orders()).hasSize(2);
        assertThat(past.orderSummary().count()).isEqualTo(2);
        assertThat(past.orderSummary().total()).isEqualTo(75.0);
        assertThat(past.orderSummary().lastOrderAt()).isEqualTo(Instant.parse("2024-12-31T23:59:59Z"));
        assertThat(past.surveys()).extracting(s -> s.nps()).containsExactly(9);
        assertThat(past.interactions()).hasSize(2);
        // Resolved after the cutoff: still open then, its outcome unknown.
        assertThat(past.interactions().get(1).resolvedAt()).isNull();
        assertThat(past.interactions().get(1).outcome()).isEqualTo(InteractionOutcome.OPEN);
        assertThat(past.interactions().get(0).outcome()).isEqualTo(InteractionOutcome.RESOLVED);
    }

    @Test
    void aCustomerWithoutOrdersBeforeTheCutoffHasNone() {
        Customer customer = customer("c2", OrderTotals.NONE);
        CustomerSnapshot past = PastScoring.snapshotBefore(customer, List.of(order("2025-03-01T10:00:00Z", 10)),
                List.of(), List.of(), CUTOFF);
        assertThat(past.orderSummary().count()).isZero();
        assertThat(past.orderSummary().lastOrderAt()).isNull();
    }

    @Test
    void populationFiguresCountBuyersOnlyAsOfTheDate() {
        LocalDate asOf = LocalDate.parse("2024-12-31");
        CustomerSnapshot buyer = PastScoring.snapshotBefore(customer("c1", OrderTotals.NONE),
                List.of(order("2024-12-01T10:00:00Z", 30), order("2024-12-21T10:00:00Z", 10)), List.of(), List.of(),
                CUTOFF);
        CustomerSnapshot other = PastScoring.snapshotBefore(customer("c2", OrderTotals.NONE),
                List.of(order("2024-12-30T10:00:00Z", 80)), List.of(), List.of(), CUTOFF);
        CustomerSnapshot none = PastScoring.snapshotBefore(customer("c3", OrderTotals.NONE), List.of(), List.of(),
                List.of(), CUTOFF);

        PopulationStatistics statistics = PopulationStatistics.of(List.of(buyer, other, none), asOf);

        assertThat(statistics.customers()).isEqualTo(2);
        assertThat(statistics.recencyDays().at(0)).isEqualTo(1.0);  // 2024-12-30 to 12-31
        assertThat(statistics.recencyDays().at(1)).isEqualTo(10.0); // 2024-12-21 to 12-31
        assertThat(statistics.frequency().at(1)).isEqualTo(2.0);
        assertThat(statistics.monetary().at(0)).isEqualTo(40.0);
        assertThat(statistics.asOf()).isEqualTo(asOf);
        // c1: one repeat 20 days after the first, 30 days before the date, repeat value 10.
        assertThat(statistics.purchasePatterns()).contains(new PurchasePattern(1, 20, 30, 10),
                new PurchasePattern(0, 0, 1, 0));
    }

    private static Customer customer(String id, OrderTotals totals) {
        return new Customer(id, "ext-" + id, "Name", null, null, "EU", "web", LocalDate.parse("2024-01-01"), null,
                List.of(), null, totals, 1, Instant.EPOCH, Instant.EPOCH);
    }

    private static Order order(String at, double amount) {
        return new Order(null, "c1", null, Instant.parse(at), BigDecimal.valueOf(amount), 1, null, null, Instant.EPOCH);
    }

    private static Survey survey(String at, int nps) {
        return new Survey(null, "c1", Instant.parse(at), nps, null, null, Map.of(), null, Instant.EPOCH);
    }

    private static Interaction interaction(String opened, String resolved, InteractionOutcome outcome) {
        return new Interaction(null, "c1", Instant.parse(opened), resolved == null ? null : Instant.parse(resolved),
                "phone", InteractionKind.COMPLAINT, outcome, null, Instant.EPOCH);
    }
}
