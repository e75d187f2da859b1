package com.example.lens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.OrderSummary;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Quantiles;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Figures computed by hand from the formula in the descriptor. */
class SpendStandingModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final Instant LAST = Instant.parse("2025-06-01T10:00:00Z");

    /** Five buyers who spent 10, 20, 30, 40, 50 in 1, 2, 3, 4, 5 orders. */
    private static final PopulationStatistics POPULATION = new PopulationStatistics(5, Quantiles.of(1, 2, 3, 4, 5),
            Quantiles.of(1, 2, 3, 4, 5), Quantiles.of(10, 20, 30, 40, 50), AS_OF);

    private static Score score(int orders, double total, Map<String, Object> params) {
        CustomerSnapshot customer = CustomerSnapshot.builder("c")
                .orderSummary(new OrderSummary(orders, total, LAST, LAST)).build();
        ScoringContext context = new ScoringContext(
                Parameters.resolve(SpendStandingModel.DESCRIPTOR.parameters(), params), POPULATION, AS_OF);
        return new SpendStandingModel().evaluate(customer, context);
    }

    @Test
    void quartilesOfSpend() {
        // bins = 4: cut points Q(.25) = 20, Q(.5) = 30, Q(.75) = 40; 35 is above 20 and 30 -> bin 3;
        // value = 100 x (3 - 1) / (4 - 1) = 66.67 -> Middle.
        Score score = score(3, 35, Map.of("bins", 4));

        assertEquals(200.0 / 3, score.value(), 1e-9);
        assertEquals("Middle", score.band());
        assertEquals(3, score.components().stream().filter(c -> c.name().equals("bin")).findFirst().orElseThrow().value());
    }

    @Test
    void aValueTiedWithACutPointFallsIntoTheLowerBin() {
        // 40 equals Q(.75): above 20 and 30 only -> bin 3, as 35.
        assertEquals(200.0 / 3, score(4, 40, Map.of("bins", 4)).value(), 1e-9);
        // 50 is above all three cut points -> bin 4 -> 100, Top.
        Score top = score(5, 50, Map.of("bins", 4));
        assertEquals(100.0, top.value());
        assertEquals("Top", top.band());
    }

    @Test
    void ranksOrderCountsWhenAsked() {
        // bins = 2: one cut point, the median order count 3; 1 order is not above it -> bin 1 -> 0, Low.
        Score score = score(1, 500, Map.of("bins", 2, "measure", "frequency"));

        assertEquals(0.0, score.value());
        assertEquals("Low", score.band());
    }

    @Test
    void noOrdersMeansNoData() {
        Score score = score(0, 0, Map.of());

        assertNull(score.value());
        assertEquals("No data", score.band());
    }
}
