package io.customerlens.plugins.servicerecovery;

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

class ServiceRecoveryDescriptorTest {

    @Test
    void descriptorIsCompleteAndStable() {
        ModelDescriptor descriptor = new ServiceRecoveryModel().descriptor();
        assertThat(descriptor).isSameAs(ServiceRecoveryModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("service-recovery");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.SATISFACTION);
        assertThat(descriptor.name()).isEqualTo("Service-recovery aware satisfaction");
        assertThat(descriptor.version()).isEqualTo("1.0.0");
        assertThat(descriptor.inputs()).containsExactlyInAnyOrder(
                CustomerData.PROFILE, CustomerData.SURVEYS, CustomerData.INTERACTIONS);
        assertThat(descriptor.scale().min()).isEqualTo(0);
        assertThat(descriptor.scale().max()).isEqualTo(100);
        assertThat(descriptor.scale().unit()).isEqualTo("points");
        assertThat(descriptor.segments()).isEmpty();
        assertThat(descriptor.source()).contains("Hart", "1990", "McCollough", "2000");
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo(
                "lookbackDays=0;neutralBase=70.0;recoveryBonus=5.0;resolutionTargetHours=4;resolvedFastPenalty=0.0;"
                        + "resolvedLatePenalty=8.0;unresolvedPenalty=15.0");
    }

    @Test
    void isAnIndexedPf4jExtension() throws IOException, URISyntaxException {
        assertThat(ServiceRecoveryModel.class.isAnnotationPresent(Extension.class)).isTrue();
        // The index next to the model's classes, not the (empty) one the processor writes for test classes.
        Path classes = Path.of(ServiceRecoveryModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.readAllLines(classes.resolve("META-INF/extensions.idx")))
                .contains(ServiceRecoveryModel.class.getName());
    }
}
