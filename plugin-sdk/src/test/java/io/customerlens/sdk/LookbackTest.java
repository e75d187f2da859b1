package io.customerlens.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LookbackTest {

    private final LocalDate asOf = LocalDate.parse("2025-06-30");

    @Test
    void coversTheLastDaysUpToTheEndOfTheEvaluationDate() {
        Lookback week = Lookback.of(7, asOf);
        // [2025-06-24T00:00Z, 2025-07-01T00:00Z)
        assertThat(week.contains(Instant.parse("2025-06-24T00:00:00Z"))).isTrue();
        assertThat(week.contains(Instant.parse("2025-06-23T23:59:59Z"))).isFalse();
        assertThat(week.contains(Instant.parse("2025-06-30T23:59:59Z"))).isTrue();
        assertThat(week.contains(Instant.parse("2025-07-01T00:00:00Z"))).isFalse();
        assertThat(week.describe()).isEqualTo(" in the last 7 days");
    }

    @Test
    void zeroMeansEverything() {
        Lookback all = Lookback.of(0, asOf);
        assertThat(all.contains(Instant.parse("1990-01-01T00:00:00Z"))).isTrue();
        assertThat(all.contains(Instant.parse("2030-01-01T00:00:00Z"))).isTrue();
        assertThat(all.describe()).isEmpty();
    }

    @Test
    void filtersItemsKeepingTheirOrder() {
        List<Instant> times = List.of(Instant.parse("2025-06-29T10:00:00Z"), Instant.parse("2025-05-01T10:00:00Z"),
                Instant.parse("2025-06-30T10:00:00Z"));
        assertThat(Lookback.of(1, asOf).filter(times, t -> t)).containsExactly(Instant.parse("2025-06-30T10:00:00Z"));
        assertThat(Lookback.of(2, asOf).filter(times, t -> t)).containsExactly(times.get(0), times.get(2));
    }

    @Test
    void readsTheParameterFromTheContext() {
        Parameters parameters = Parameters.resolve(List.of(Lookback.parameter("window")), Map.of("lookbackDays", 30));
        assertThat(Lookback.of(new ScoringContext(parameters, null, asOf)).days()).isEqualTo(30);
    }
}
