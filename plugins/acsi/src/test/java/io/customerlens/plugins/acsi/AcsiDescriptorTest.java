package io.customerlens.plugins.acsi;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Parameters;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class AcsiDescriptorTest {

    @Test
    void descriptorIsCompleteAndStable() {
        ModelDescriptor descriptor = new AcsiModel().descriptor();
        assertThat(descriptor).isSameAs(AcsiModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("acsi");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.SATISFACTION);
        assertThat(descriptor.name()).isEqualTo("ACSI-style satisfaction index");
        assertThat(descriptor.version()).isEqualTo("1.0.0");
        assertThat(descriptor.inputs()).containsExactlyInAnyOrder(
                CustomerData.PROFILE, CustomerData.SURVEYS, CustomerData.INTERACTIONS);
        assertThat(descriptor.scale().min()).isEqualTo(0);
        assertThat(descriptor.scale().max()).isEqualTo(100);
        assertThat(descriptor.scale().unit()).isEqualTo("index points");
        assertThat(descriptor.segments()).isEmpty();
        assertThat(descriptor.source()).contains("Fornell").contains("1996").contains("PLS");
        assertThat(descriptor.formula()).contains("acsi_overall", "acsi_expectations", "acsi_ideal");
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo(
                "adjustForComplaints=false;lookbackDays=0;resolvedComplaintPenalty=1.0;"
                        + "unresolvedComplaintPenalty=5.0;weightExpectations=0.3;weightIdeal=0.3;weightOverall=0.4");
    }

    @Test
    void isAnIndexedPf4jExtension() throws IOException, URISyntaxException {
        assertThat(AcsiModel.class.isAnnotationPresent(Extension.class)).isTrue();
        // The index next to the model's classes, not the (empty) one the processor writes for test classes.
        Path classes = Path.of(AcsiModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.readAllLines(classes.resolve("META-INF/extensions.idx"))).contains(AcsiModel.class.getName());
    }
}
