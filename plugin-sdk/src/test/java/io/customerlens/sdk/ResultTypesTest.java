package io.customerlens.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTypesTest {

    private final Scale zeroToTen = new Scale(0, 10, "rating");

    @Test
    void scoreOutsideItsScaleIsRejected() {
        assertThatThrownBy(() -> new Score(11.0, zeroToTen, "x", List.of(), ""))
                .hasMessageContaining("outside its scale 0.0..10.0");
        assertThatThrownBy(() -> new Score(Double.NaN, zeroToTen, "x", List.of(), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void segmentCodesAreConventionalInLowerCaseKebabCase() {
        assertThat(SegmentDefinition.isConventional("champions")).isTrue();
        assertThat(SegmentDefinition.isConventional("true-loyalty")).isTrue();
        assertThat(SegmentDefinition.isConventional("top-10")).isTrue();
        assertThat(SegmentDefinition.isConventional("STRATEGIC")).isFalse();
        assertThat(SegmentDefinition.isConventional("price_sensitive")).isFalse();
        assertThat(SegmentDefinition.isConventional("at--risk")).isFalse();
        assertThat(SegmentDefinition.isConventional("-lost")).isFalse();
        assertThat(SegmentDefinition.isConventional("")).isFalse();
        assertThat(SegmentDefinition.isConventional(null)).isFalse();
        // Other forms still load: stored results and playbooks refer to them.
        assertThat(new SegmentDefinition("STRATEGIC", "Strategic", 1, "").code()).isEqualTo("STRATEGIC");
    }

    @Test
    void noDataScoreHasNoValue() {
        Score score = Score.noData(zeroToTen, "no survey answers");
        assertThat(score.value()).isNull();
        assertThat(score.band()).isEqualTo("No data");
    }

    @Test
    void descriptorChecksFamilyConsistency() {
        ModelDescriptor.Builder scoredWithoutScale = ModelDescriptor.builder("nps", ModelFamily.SATISFACTION)
                .name("NPS").version("1.0.0").description("d").formula("f").source("s");
        assertThatThrownBy(scoredWithoutScale::build).hasMessageContaining("has a scale");

        ModelDescriptor descriptor = scoredWithoutScale.scale(zeroToTen).build();
        assertThat(descriptor.inputs()).containsExactly(CustomerData.PROFILE);
    }

    @Test
    void descriptorRejectsBadIdAndVersion() {
        assertThatThrownBy(() -> ModelDescriptor.builder("RFM model", ModelFamily.LOYALTY).build())
                .hasMessageContaining("model id must match");
        assertThatThrownBy(() -> ModelDescriptor.builder("rfm", ModelFamily.LOYALTY).version("1.0").build())
                .hasMessageContaining("version must be semantic");
    }

    @Test
    void builderDerivesTheOrderSummaryFromOrders() {
        Instant first = Instant.parse("2024-01-10T10:00:00Z");
        Instant last = Instant.parse("2024-03-01T10:00:00Z");
        CustomerSnapshot snapshot = CustomerSnapshot.builder("c1")
                .order(new OrderRecord(last, 30, 1, 0, "web"))
                .order(new OrderRecord(first, 20, 2, 0, "web"))
                .build();

        assertThat(snapshot.orders()).extracting(OrderRecord::orderedAt).containsExactly(first, last);
        assertThat(snapshot.orderSummary()).isEqualTo(new OrderSummary(2, 50, first, last));
        assertThat(snapshot.orderSummary().averageOrderValue()).isEqualTo(25);
        assertThat(snapshot.orderSummary().daysSinceLastOrder(LocalDate.parse("2024-03-11"))).isEqualTo(10);
    }
}
