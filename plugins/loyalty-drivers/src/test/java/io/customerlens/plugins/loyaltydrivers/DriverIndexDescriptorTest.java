package io.customerlens.plugins.loyaltydrivers;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Parameters;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class DriverIndexDescriptorTest {

    @Test
    void descriptorIsCompleteAndStable() {
        ModelDescriptor descriptor = new DriverIndexModel().descriptor();
        assertThat(descriptor).isSameAs(DriverIndexModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("driver-index");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.LOYALTY);
        assertThat(descriptor.version()).isEqualTo("1.0.0");
        assertThat(descriptor.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.ORDERS,
                CustomerData.SURVEYS, CustomerData.INTERACTIONS);
        assertThat(descriptor.scale().min()).isEqualTo(0);
        assertThat(descriptor.scale().max()).isEqualTo(100);
        assertThat(descriptor.formula()).contains("product_quality", "perceived_value", "brand_image",
                "relationship_management", "environment", "technology");
        assertThat(descriptor.source()).contains("Fornell", "40 : 35 : 25 : 20 : 10 : 5", "Customer Lens convention");
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo("behaviouralFallback=true;"
                + "lookbackDays=0;minDrivers=1;weightBrandImage=25.0;weightEnvironment=10.0;weightPerceivedValue=35.0;"
                + "weightProductQuality=40.0;weightRelationshipManagement=20.0;weightTechnology=5.0");
        assertThat(Arrays.stream(Driver.values()).mapToInt(d -> d.defaultWeight).sum()).isEqualTo(Driver.DEFAULT_TOTAL);
    }

    @Test
    void isAnIndexedPf4jExtension() throws IOException, URISyntaxException {
        assertThat(DriverIndexModel.class.isAnnotationPresent(Extension.class)).isTrue();
        Path classes = Path.of(DriverIndexModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.readAllLines(classes.resolve("META-INF/extensions.idx")))
                .contains(DriverIndexModel.class.getName());
    }
}
