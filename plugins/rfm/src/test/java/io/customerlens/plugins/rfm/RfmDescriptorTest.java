package io.customerlens.plugins.rfm;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class RfmDescriptorTest {

    @Test
    void descriptorIsCompleteAndStable() {
        ModelDescriptor descriptor = new RfmModel().descriptor();
        assertThat(descriptor).isSameAs(RfmModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("rfm");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.SEGMENTATION);
        assertThat(descriptor.name()).isEqualTo("RFM segmentation");
        assertThat(descriptor.version()).isEqualTo("1.1.0");
        assertThat(descriptor.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.POPULATION);
        assertThat(descriptor.scale()).isNull();
        assertThat(descriptor.source()).contains("Hughes").contains("1994");
        assertThat(descriptor.formula()).contains("days since the customer's last order")
                .contains("(weightF x F + weightM x M) / (weightF + weightM)");
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo(
                "bins=5;scheme=standard;weightF=1.0;weightM=1.0;weightR=1.0");
    }

    @Test
    void declaresEverySegmentOfBothSchemes() {
        assertThat(RfmModel.DESCRIPTOR.segments()).extracting(SegmentDefinition::code).containsExactly(
                "champions", "loyal", "potential-loyalist", "new-customers", "promising", "need-attention",
                "about-to-sleep", "at-risk", "cant-lose", "hibernating", "lost", "prospect",
                "core", "potential", "ordinary", "churn-warning");
        assertThat(RfmModel.DESCRIPTOR.segments()).extracting(SegmentDefinition::rank)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4);
        assertThat(RfmModel.DESCRIPTOR.segment("cant-lose").label()).isEqualTo("Can't Lose Them");
        assertThat(RfmModel.DESCRIPTOR.segments()).allSatisfy(s -> assertThat(s.description()).isNotBlank());
    }

    @Test
    void isAPf4jExtension() throws IOException, URISyntaxException {
        assertThat(RfmModel.class.isAnnotationPresent(Extension.class)).isTrue();
        // The index next to the model's classes, not the (empty) one the processor writes for test classes.
        Path classes = Path.of(RfmModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.readAllLines(classes.resolve("META-INF/extensions.idx")))
                .contains(RfmModel.class.getName());
    }

    @Test
    void listsOnlyTheChosenSchemesSegments() {
        RfmModel model = new RfmModel();
        assertThat(model.segments(Parameters.defaults(RfmModel.DESCRIPTOR.parameters())))
                .extracting(SegmentDefinition::code).containsExactly("champions", "loyal", "potential-loyalist",
                        "new-customers", "promising", "need-attention", "about-to-sleep", "at-risk", "cant-lose",
                        "hibernating", "lost", "prospect");
        List<SegmentDefinition> fourClass = model.segments(
                Parameters.resolve(RfmModel.DESCRIPTOR.parameters(), Map.of("scheme", "four-class")));
        assertThat(fourClass).extracting(SegmentDefinition::code)
                .containsExactly("core", "potential", "ordinary", "churn-warning", "prospect");
        // a prospect ranks fifth in the four-class scheme, as the model assigns it
        assertThat(fourClass.get(4).rank()).isEqualTo(5);
    }
}
