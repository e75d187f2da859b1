package io.customerlens.plugins.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.ScoringModel;
import io.customerlens.sdk.SegmentDefinition;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

/** The descriptors of the attitudinal, composite, Dick and Basu and ladder models (behavioural: its own test). */
class LoyaltyDescriptorsTest {

    @Test
    void attitudinal() {
        ModelDescriptor d = checked(new AttitudinalLoyaltyModel(), AttitudinalLoyaltyModel.DESCRIPTOR, "attitudinal",
                "Attitudinal loyalty", ModelFamily.LOYALTY);
        assertThat(d.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.SURVEYS);
        assertThat(d.scale()).isEqualTo(WeightedIndex.SCALE);
        assertThat(d.source()).contains("Dick").contains("Oliver").contains("Whence Consumer Loyalty?")
                .contains("Reichheld");
        assertThat(Parameters.defaults(d.parameters()).canonical()).isEqualTo("lookbackDays=0;weightAdvocacy=0.2;"
                + "weightConsistency=0.2;weightPositivity=0.2;weightRecommendation=0.4");
    }

    @Test
    void composite() {
        ModelDescriptor d = checked(new CompositeLoyaltyModel(), CompositeLoyaltyModel.DESCRIPTOR, "composite",
                "Composite loyalty (behavioural x attitudinal)", ModelFamily.LOYALTY);
        assertThat(d.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.SURVEYS);
        assertThat(d.scale().min()).isEqualTo(0);
        assertThat(d.scale().max()).isEqualTo(100);
        assertThat(d.source()).contains("Dick").contains("Jacoby").contains("Chestnut");
        assertThat(d.parameters().get(0).allowedValues()).containsExactly("weighted", "geometric");
        assertThat(Parameters.defaults(d.parameters()).canonical())
                .isEqualTo("method=weighted;weightAttitudinal=0.5;weightBehavioural=0.5");
    }

    @Test
    void dickBasu() {
        ModelDescriptor d = checked(new DickBasuModel(), DickBasuModel.DESCRIPTOR, "dick-basu",
                "Dick & Basu loyalty matrix", ModelFamily.SEGMENTATION);
        assertThat(d.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.SURVEYS);
        assertThat(d.scale()).isNull();
        assertThat(d.segments()).extracting(SegmentDefinition::code, SegmentDefinition::rank).containsExactly(
                tuple("true-loyalty", 1), tuple("latent", 2), tuple("spurious", 3), tuple("none", 4));
        assertThat(d.segments()).extracting(SegmentDefinition::label)
                .containsExactly("True loyalty", "Latent loyalty", "Spurious loyalty", "No loyalty");
        assertThat(d.source()).contains("Dick").contains("Basu").contains("1994");
        assertThat(Parameters.defaults(d.parameters()).canonical())
                .isEqualTo("attitudeThreshold=60.0;patronageThreshold=50.0");
    }

    @Test
    void ladder() {
        ModelDescriptor d = checked(new LoyaltyLadderModel(), LoyaltyLadderModel.DESCRIPTOR, "loyalty-ladder",
                "Loyalty ladder", ModelFamily.SEGMENTATION);
        assertThat(d.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.SURVEYS);
        assertThat(d.segments()).extracting(SegmentDefinition::code, SegmentDefinition::rank).containsExactly(
                tuple("advocate", 1), tuple("supporter", 2), tuple("client", 3), tuple("customer", 4),
                tuple("prospect", 5));
        assertThat(d.source()).contains("Christopher").contains("Payne").contains("Raphel");
        assertThat(Parameters.defaults(d.parameters()).canonical())
                .isEqualTo("advocatePosts=5;advocateReferrals=1;repeatOrders=2;supporterEvents=1");
    }

    @Test
    void everyModelIsAnIndexedPf4jExtension() throws IOException, URISyntaxException {
        List<Class<?>> models = List.of(BehaviouralLoyaltyModel.class, AttitudinalLoyaltyModel.class,
                CompositeLoyaltyModel.class, DickBasuModel.class, LoyaltyLadderModel.class);
        // The index next to the models' classes, not the (empty) one the processor writes for test classes.
        Path classes = Path.of(BehaviouralLoyaltyModel.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<String> index = Files.readAllLines(classes.resolve("META-INF/extensions.idx"));
        for (Class<?> model : models) {
            assertThat(model.isAnnotationPresent(Extension.class)).as(model.getSimpleName()).isTrue();
            assertThat(index).contains(model.getName());
        }
    }

    private static ModelDescriptor checked(ScoringModel<?> model, ModelDescriptor declared, String id, String name,
                                           ModelFamily family) {
        ModelDescriptor d = model.descriptor();
        assertThat(d).isSameAs(declared);
        assertThat(d.id()).isEqualTo(id);
        assertThat(d.name()).isEqualTo(name);
        assertThat(d.family()).isEqualTo(family);
        assertThat(d.version()).isEqualTo("1.0.0");
        assertThat(d.formula()).isNotBlank();
        return d;
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
