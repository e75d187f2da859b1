package io.customerlens.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.LoyaltyModel;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue accepts well-formed models and refuses the rest with a reason, keeping the others. */
class ModelRegistryTest {

    /** A loyalty model whose descriptor is given, or whose descriptor() throws when given null. */
    private record Stub(ModelDescriptor descriptor) implements LoyaltyModel {
        @Override
        public ModelDescriptor descriptor() {
            if (descriptor == null) {
                throw new IllegalStateException("descriptor exploded");
            }
            return descriptor;
        }

        @Override
        public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
            return Score.noData(new Scale(0, 1, ""), "");
        }
    }

    private static ModelDescriptor loyalty(String id) {
        return ModelDescriptor.builder(id, ModelFamily.LOYALTY).name(id).version("1.0.0").description("d")
                .formula("f").source("s").scale(new Scale(0, 1, "")).build();
    }

    private static ModelDescriptor satisfaction(String id) {
        return ModelDescriptor.builder(id, ModelFamily.SATISFACTION).name(id).version("1.0.0").description("d")
                .formula("f").source("s").scale(new Scale(0, 1, "")).build();
    }

    private static ProvidedModel provided(ModelDescriptor descriptor, String plugin) {
        return new ProvidedModel(new Stub(descriptor), ModelFamily.LOYALTY, plugin, "1.0.0");
    }

    @Test
    void refusesBadModelsAndKeepsTheGoodOnes() {
        ModelRegistry registry = new ModelRegistry(List.of(() -> List.of(
                provided(loyalty("good"), "p1"),
                provided(loyalty("good"), "p2"),
                provided(null, "p3"),
                provided(satisfaction("liar"), "p4"))));

        assertThat(registry.list(null)).extracting(RegisteredModel::id).containsExactly("good");
        assertThat(registry.get(ModelFamily.LOYALTY, "good").pluginId()).isEqualTo("p1");
        assertThat(registry.rejections()).extracting(ModelRegistry.Rejection::pluginId, ModelRegistry.Rejection::reason)
                .containsExactly(
                        tuple("p2", "model id 'good' is already taken by plugin p1"),
                        tuple("p3", "its descriptor could not be read: descriptor exploded"),
                        tuple("p4",
                                "its descriptor says SATISFACTION but it implements the LOYALTY extension point"));
    }

    @Test
    void anUnknownIdListsTheFamilysModels() {
        ModelRegistry registry = new ModelRegistry(List.of(() -> List.of(provided(loyalty("b"), "p"),
                provided(loyalty("a"), "p"))));

        assertThatThrownBy(() -> registry.get(ModelFamily.LOYALTY, "c"))
                .isInstanceOf(UnknownModelException.class)
                .hasMessage("unknown loyalty model 'c'; available: a, b");
        assertThatThrownBy(() -> registry.get(ModelFamily.SEGMENTATION, "a"))
                .hasMessage("unknown segmentation model 'a'; available: none");
    }
}
