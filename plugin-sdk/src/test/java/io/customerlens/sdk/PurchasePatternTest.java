package io.customerlens.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchasePatternTest {

    private static OrderRecord order(String at, double amount) {
        return new OrderRecord(Instant.parse(at), amount, 1, 0, null);
    }

    @Test
    void countsPurchaseDaysAndIgnoresOrdersAfterTheDate() {
        List<OrderRecord> orders = List.of(
                order("2024-02-10T09:00:00Z", 40),
                order("2024-01-01T08:00:00Z", 10),
                order("2024-01-01T18:00:00Z", 5),   // same day as the first: one purchase of 15
                order("2024-01-11T12:00:00Z", 20),
                order("2024-03-05T12:00:00Z", 99));  // after asOf

        PurchasePattern pattern = PurchasePattern.of(orders, LocalDate.parse("2024-03-01"));

        // purchase days 01-01, 01-11, 02-10: x = 2, t_x = 40 days, T = 31 + 29 = 60 days, repeat mean (20 + 40) / 2
        assertThat(pattern).isEqualTo(new PurchasePattern(2, 40, 60, 30));
    }

    @Test
    void aSingleDayBuyerHasNoRepeatAndNoOrdersGiveNoPattern() {
        assertThat(PurchasePattern.of(List.of(order("2024-01-01T08:00:00Z", 10)), LocalDate.parse("2024-01-08")))
                .isEqualTo(new PurchasePattern(0, 0, 7, 0));
        assertThat(PurchasePattern.of(List.of(), LocalDate.parse("2024-01-08"))).isNull();
    }
}
