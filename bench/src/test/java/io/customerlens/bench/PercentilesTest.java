package io.customerlens.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.bench.load.Percentiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOverEveryClientsValues() {
        // 1..100 ms split over two clients, out of order: p50 = 50, p95 = 95, p99 = 99, max = 100.
        long[] odd = new long[50];
        long[] even = new long[50];
        for (int i = 0; i < 50; i++) {
            odd[i] = (99 - 2L * i) * 1_000_000;
            even[i] = (2L * i + 2) * 1_000_000;
        }
        Percentiles p = Percentiles.of(List.of(odd, even));
        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50.0);
        assertThat(p.p95()).isEqualTo(95.0);
        assertThat(p.p99()).isEqualTo(99.0);
        assertThat(p.max()).isEqualTo(100.0);
        // Three values: the median is the second, p95 and p99 the third.
        Percentiles three = Percentiles.of(List.of(new long[] {3_000_000, 1_000_000, 2_000_000}));
        assertThat(three.p50()).isEqualTo(2.0);
        assertThat(three.p95()).isEqualTo(3.0);
    }
}
