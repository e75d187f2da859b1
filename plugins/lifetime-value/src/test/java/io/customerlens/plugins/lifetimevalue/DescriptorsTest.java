package io.customerlens.plugins.lifetimevalue;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationFit;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class DescriptorsTest {

    @Test
    void bgNbdDescriptor() {
        var descriptor = new BgNbdModel().descriptor();
        assertThat(descriptor).isSameAs(BgNbdModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("bgnbd");
        assertThat(descriptor.name()).isEqualTo("BG/NBD purchase forecast");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.LOYALTY);
        assertThat(descriptor.version()).isEqualTo("1.0.0");
        assertThat(descriptor.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.ORDERS,
                CustomerData.PURCHASE_PATTERNS);
        assertThat(descriptor.scale().min()).isEqualTo(0);
        assertThat(descriptor.scale().max()).isEqualTo(100);
        assertThat(descriptor.scale().unit()).isEqualTo("% probability alive");
        assertThat(descriptor.source()).contains("Fader", "Hardie", "Lee", "2005", "Counting Your Customers",
                "Marketing Science 24(2)");
        assertThat(descriptor.formula()).contains("P(alive)", "2F1", "Active >= 70");
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo("horizonWeeks=52");
    }

    @Test
    void clvDescriptor() {
        var descriptor = new ClvModel().descriptor();
        assertThat(descriptor).isSameAs(ClvModel.DESCRIPTOR);
        assertThat(descriptor.id()).isEqualTo("clv");
        assertThat(descriptor.name()).isEqualTo("Customer lifetime value (BG/NBD + Gamma-Gamma)");
        assertThat(descriptor.family()).isEqualTo(ModelFamily.LOYALTY);
        assertThat(descriptor.version()).isEqualTo("1.0.0");
        assertThat(descriptor.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.ORDERS,
                CustomerData.PURCHASE_PATTERNS);
        assertThat(descriptor.scale().max()).isEqualTo(1e9);
        assertThat(descriptor.scale().unit()).isEqualTo("currency units");
        assertThat(descriptor.source()).contains("Gamma-Gamma Model of Monetary Value", "2013",
                "RFM and CLV: Using Iso-Value Curves", "Journal of Marketing Research 42(4)");
        assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo(
                "highValue=500.0;horizonMonths=12;margin=1.0;mediumValue=100.0;monthlyDiscountRate=0.01");
    }

    @Test
    void bothShareOneFittedType() {
        PopulationFit<LifetimeFit> bgNbd = new BgNbdModel();
        PopulationFit<LifetimeFit> clv = new ClvModel();
        assertThat(bgNbd.fittedType()).isEqualTo(LifetimeFit.class).isEqualTo(clv.fittedType());
    }

    @Test
    void bothAreIndexedPf4jExtensions() throws IOException, URISyntaxException {
        assertThat(BgNbdModel.class.isAnnotationPresent(Extension.class)).isTrue();
        assertThat(ClvModel.class.isAnnotationPresent(Extension.class)).isTrue();
        // The index next to the models' classes, not the (empty) one the processor writes for test classes.
        Path classes = Path.of(BgNbdModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.readAllLines(classes.resolve("META-INF/extensions.idx")))
                .contains(BgNbdModel.class.getName(), ClvModel.class.getName());
    }
}
