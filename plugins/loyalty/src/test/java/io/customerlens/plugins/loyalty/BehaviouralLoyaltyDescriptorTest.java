package io.customerlens.plugins.loyalty;

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

class BehaviouralLoyaltyDescriptorTest {

    @Test
    void descriptorIsCompleteAndStable() {
        ModelDescriptor descriptor = new BehaviouralLoyaltyModel().descriptor();
        assertThat(descriptor).isSameAs(BehaviouralLoyaltyModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("behavioural");
        assertThat(descriptor.name()).isEqualTo("Behavioural loyalty");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.LOYALTY);
        assertThat(descriptor.version()).isEqualTo("1.0.0");
        assertThat(descriptor.inputs()).containsExactly(CustomerData.PROFILE);
        assertThat(descriptor.scale().min()).isEqualTo(0);
        assertThat(descriptor.scale().max()).isEqualTo(100);
        assertThat(descriptor.scale().unit()).isEqualTo("points");
        assertThat(descriptor.source()).contains("Tucker").contains("Jacoby").contains("Dick");
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo(
                "frequencyTarget=12.0;recencyHalfLifeDays=90;tenureTargetDays=730;weightFrequency=0.25;"
                        + "weightRecency=0.3;weightRepurchase=0.3;weightTenure=0.15");
    }

    @Test
    void isAnIndexedPf4jExtension() throws IOException, URISyntaxException {
        assertThat(BehaviouralLoyaltyModel.class.isAnnotationPresent(Extension.class)).isTrue();
        // The index next to the model's classes, not the (empty) one the processor writes for test classes.
        Path classes = Path.of(BehaviouralLoyaltyModel.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        assertThat(Files.readAllLines(classes.resolve("META-INF/extensions.idx")))
                .contains(BehaviouralLoyaltyModel.class.getName());
    }
}
