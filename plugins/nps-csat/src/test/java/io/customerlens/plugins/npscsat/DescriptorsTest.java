package io.customerlens.plugins.npscsat;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Scale;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class DescriptorsTest {

    @Test
    void npsDescriptor() {
        var descriptor = new NpsModel().descriptor();
        assertThat(descriptor).isSameAs(NpsModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("nps");
        assertThat(descriptor.name()).isEqualTo("Net Promoter (customer level)");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.SATISFACTION);
        assertThat(descriptor.version()).isEqualTo("1.0.0");
        assertThat(descriptor.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.SURVEYS);
        assertThat(descriptor.scale().min()).isEqualTo(0);
        assertThat(descriptor.scale().max()).isEqualTo(10);
        assertThat(descriptor.segments()).isEmpty();
        assertThat(descriptor.source()).contains("Reichheld").contains("2003");
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo("basis=last;lookbackDays=0");
    }

    @Test
    void csatDescriptor() {
        var descriptor = new CsatModel().descriptor();
        assertThat(descriptor).isSameAs(CsatModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("csat");
        assertThat(descriptor.name()).isEqualTo("Customer satisfaction (CSAT)");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.SATISFACTION);
        assertThat(descriptor.version()).isEqualTo("1.0.0");
        assertThat(descriptor.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.SURVEYS);
        assertThat(descriptor.scale().max()).isEqualTo(100);
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo("lookbackDays=0");
    }

    @Test
    void cesDescriptor() {
        var descriptor = new CesModel().descriptor();
        assertThat(descriptor).isSameAs(CesModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("ces");
        assertThat(descriptor.name()).isEqualTo("Customer effort score (CES)");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.SATISFACTION);
        assertThat(descriptor.version()).isEqualTo("1.0.0");
        assertThat(descriptor.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.SURVEYS);
        assertThat(descriptor.scale()).isEqualTo(new Scale(1, 7, "1-7 ease"));
        assertThat(descriptor.segments()).isEmpty();
        assertThat(descriptor.source()).contains("Dixon").contains("2010").contains("CES 2.0");
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo("lookbackDays=0");
    }

    @Test
    void allAreIndexedPf4jExtensions() throws IOException, URISyntaxException {
        assertThat(NpsModel.class.isAnnotationPresent(Extension.class)).isTrue();
        assertThat(CsatModel.class.isAnnotationPresent(Extension.class)).isTrue();
        assertThat(CesModel.class.isAnnotationPresent(Extension.class)).isTrue();
        // The index next to the models' classes, not the (empty) one the processor writes for test classes.
        Path classes = Path.of(NpsModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.readAllLines(classes.resolve("META-INF/extensions.idx")))
                .contains(NpsModel.class.getName(), CsatModel.class.getName(), CesModel.class.getName());
    }
}
