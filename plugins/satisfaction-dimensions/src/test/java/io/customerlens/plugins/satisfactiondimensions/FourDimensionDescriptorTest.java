package io.customerlens.plugins.satisfactiondimensions;

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

class FourDimensionDescriptorTest {

    @Test
    void descriptorIsCompleteAndStable() {
        ModelDescriptor descriptor = new FourDimensionModel().descriptor();
        assertThat(descriptor).isSameAs(FourDimensionModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("four-dimension");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.SATISFACTION);
        assertThat(descriptor.version()).isEqualTo("1.0.0");
        assertThat(descriptor.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.SURVEYS);
        assertThat(descriptor.scale().min()).isEqualTo(0);
        assertThat(descriptor.scale().max()).isEqualTo(10);
        assertThat(descriptor.segments()).isEmpty();
        assertThat(descriptor.formula()).contains("product_quality", "price", "service", "convenience");
        assertThat(descriptor.source()).contains("Oliver", "Customer Lens convention");
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo("lookbackDays=0;"
                + "minDimensions=1;weightConvenience=0.25;weightPrice=0.25;weightProductQuality=0.25;weightService=0.25");
    }

    @Test
    void isAnIndexedPf4jExtension() throws IOException, URISyntaxException {
        assertThat(FourDimensionModel.class.isAnnotationPresent(Extension.class)).isTrue();
        Path classes = Path.of(FourDimensionModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.readAllLines(classes.resolve("META-INF/extensions.idx")))
                .contains(FourDimensionModel.class.getName());
    }
}
