package io.customerlens.plugins.valuetier;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.SegmentDefinition;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class ValueTierDescriptorTest {

    @Test
    void descriptorIsCompleteAndStable() {
        ModelDescriptor descriptor = new ValueTierModel().descriptor();
        assertThat(descriptor).isSameAs(ValueTierModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("value-tier");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.SEGMENTATION);
        assertThat(descriptor.name()).isEqualTo("Value-tier pyramid");
        assertThat(descriptor.version()).isEqualTo("1.0.0");
        assertThat(descriptor.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.POPULATION,
                CustomerData.PREVIOUS_SEGMENT);
        assertThat(descriptor.scale()).isNull();
        assertThat(descriptor.source()).contains("Zeithaml").contains("2001").contains("The Customer Pyramid");
        assertThat(descriptor.formula()).contains("Q(1 - vipShare)").contains("(1 + margin)")
                .contains("minDaysInTier");
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo(
                "extendedShare=0.2;margin=0.1;measure=spend;minDaysInTier=90;vipShare=0.05");
    }

    @Test
    void declaresTheThreeTiersByRank() {
        assertThat(ValueTierModel.DESCRIPTOR.segments()).extracting(SegmentDefinition::code)
                .containsExactly("vip", "extended", "basic");
        assertThat(ValueTierModel.DESCRIPTOR.segments()).extracting(SegmentDefinition::label)
                .containsExactly("VIP", "Extended", "Basic");
        assertThat(ValueTierModel.DESCRIPTOR.segments()).extracting(SegmentDefinition::rank)
                .containsExactly(1, 2, 3);
        assertThat(ValueTierModel.DESCRIPTOR.segments()).allSatisfy(s -> assertThat(s.description()).isNotBlank());
    }

    @Test
    void isAPf4jExtension() throws IOException, URISyntaxException {
        assertThat(ValueTierModel.class.isAnnotationPresent(Extension.class)).isTrue();
        // The index next to the model's classes, not the (empty) one the processor writes for test classes.
        Path classes = Path.of(ValueTierModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.readAllLines(classes.resolve("META-INF/extensions.idx")))
                .contains(ValueTierModel.class.getName());
    }
}
