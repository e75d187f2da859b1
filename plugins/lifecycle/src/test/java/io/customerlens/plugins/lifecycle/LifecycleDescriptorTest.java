package io.customerlens.plugins.lifecycle;

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

class LifecycleDescriptorTest {

    @Test
    void descriptorIsCompleteAndStable() {
        ModelDescriptor descriptor = new LifecycleModel().descriptor();
        assertThat(descriptor).isSameAs(LifecycleModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("lifecycle");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.SEGMENTATION);
        assertThat(descriptor.name()).isEqualTo("Lifecycle stage");
        assertThat(descriptor.version()).isEqualTo("1.0.0");
        assertThat(descriptor.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.ORDERS);
        assertThat(descriptor.scale()).isNull();
        assertThat(descriptor.source()).contains("Dwyer").contains("1987").contains("Developing Buyer-Seller");
        assertThat(descriptor.formula()).contains("max(1, ordersPreviousWindow)")
                .contains("churnedDays must exceed lapsedDays");
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo("churnedDays=365;"
                + "lapsedDays=180;matureTenureDays=365;newDays=90;trendThreshold=0.25;windowDays=180");
    }

    @Test
    void declaresEveryStageByRank() {
        assertThat(LifecycleModel.DESCRIPTOR.segments()).extracting(SegmentDefinition::code).containsExactly(
                "mature", "growing", "new", "declining", "lapsed", "churned", "prospect");
        assertThat(LifecycleModel.DESCRIPTOR.segments()).extracting(SegmentDefinition::rank)
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(LifecycleModel.DESCRIPTOR.segments()).allSatisfy(s -> assertThat(s.description()).isNotBlank());
    }

    @Test
    void isAPf4jExtension() throws IOException, URISyntaxException {
        assertThat(LifecycleModel.class.isAnnotationPresent(Extension.class)).isTrue();
        // The index next to the model's classes, not the (empty) one the processor writes for test classes.
        Path classes = Path.of(LifecycleModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.readAllLines(classes.resolve("META-INF/extensions.idx")))
                .contains(LifecycleModel.class.getName());
    }
}
