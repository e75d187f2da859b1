package io.customerlens.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which cost sheet tier economics use: the stored one, else the configured one, segment costs included. */
class CostSheetsTest {

    private final CostSheetStore store = mock(CostSheetStore.class);
    private final EconomicsProperties configured = new EconomicsProperties(0.4, new BigDecimal("6.50"),
            Map.of("value-tier", Map.of("vip", new BigDecimal("120"), "basic", new BigDecimal("12"))));
    private final CostSheets sheets = new CostSheets(store, null, configured, Clock.systemUTC());

    @Test
    void theConfiguredSegmentCostsApplyUntilASheetIsStored() {
        CostSheet valueTier = sheets.of("value-tier");
        assertThat(valueTier.updatedBy()).isEqualTo("configuration");
        assertThat(valueTier.segments()).containsExactly(new CostSheet.SegmentCost("basic", new BigDecimal("12")),
                new CostSheet.SegmentCost("vip", new BigDecimal("120")));
        assertThat(valueTier.interactionCost()).isEqualByComparingTo("6.50");
        assertThat(valueTier.grossMarginRate()).isEqualTo(0.4);
        assertThat(sheets.of("rfm").segments()).isEmpty();

        CostSheet stored = new CostSheet("value-tier", List.of(), BigDecimal.ONE, 1.0, "an admin", null);
        when(store.find("value-tier")).thenReturn(stored);
        assertThat(sheets.of("value-tier")).isSameAs(stored);
    }
}
