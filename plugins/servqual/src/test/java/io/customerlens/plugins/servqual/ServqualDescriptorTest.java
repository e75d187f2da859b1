package io.customerlens.plugins.servqual;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Scale;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class ServqualDescriptorTest {

    @Test
    void descriptorIsCompleteAndStable() {
        ModelDescriptor descriptor = new ServqualModel().descriptor();
        assertThat(descriptor).isSameAs(ServqualModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("servqual");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.SATISFACTION);
        assertThat(descriptor.name()).isEqualTo("SERVQUAL gap model");
        assertThat(descriptor.version()).isEqualTo("1.0.0");
        assertThat(descriptor.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.SURVEYS);
        assertThat(descriptor.scale()).isEqualTo(new Scale(-6, 6, "perception minus expectation, 1-7 items"));
        assertThat(descriptor.segments()).isEmpty();
        assertThat(descriptor.source()).contains("Parasuraman").contains("1988").contains("Journal of Retailing");
        assertThat(descriptor.formula()).contains("<dimension>_e<item>").contains("<dimension>_p<item>");
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo("lookbackDays=0;"
                + "weightAssurance=0.2;weightEmpathy=0.2;weightReliability=0.2;weightResponsiveness=0.2;"
                + "weightTangibles=0.2");
        assertThat(descriptor.parameters()).filteredOn(p -> p.name().startsWith("weight"))
                .extracting(ParameterSpec::min, ParameterSpec::max)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(0.0, 1.0));
    }

    @Test
    void isAPf4jExtension() throws IOException, URISyntaxException {
        assertThat(ServqualModel.class.isAnnotationPresent(Extension.class)).isTrue();
        // The index next to the model's classes, not the (empty) one the processor writes for test classes.
        Path classes = Path.of(ServqualModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.readAllLines(classes.resolve("META-INF/extensions.idx")))
                .contains(ServqualModel.class.getName());
    }
}
