package io.customerlens.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelChecksTest {

    private static ModelChecks small(java.util.function.Supplier<? extends io.customerlens.sdk.ScoringModel<?>> factory,
                                     Duration budget) {
        return new ModelChecks(factory, ModelChecks.AS_OF, KitCustomers.edgeCases(ModelChecks.AS_OF),
                KitCustomers.sample(20, ModelChecks.AS_OF, 7), budget);
    }

    @Test
    void aModelThatMeetsTheContractPassesEveryCheck() {
        ModelChecks checks = ModelChecks.of(WellBehavedModel::new);

        assertThatCode(() -> {
            checks.descriptorIsValid();
            checks.isAPluginExtension();
            checks.answersEdgeCases();
            checks.answersSamplePopulation();
            checks.answersWithoutBuyers();
            checks.isDeterministic();
            checks.parameters().answerAtEveryBoundary();
            checks.parameters().rangesAreEnforced();
            checks.answersWithinCallBudget();
        }).doesNotThrowAnyException();
        assertThat(checks.name()).isEqualTo("well-behaved");
        assertThat(checks.hasMemory()).isFalse();
    }

    @Test
    void aNullResultFailsTheEdgeCasesNamingTheCustomers() {
        assertThatThrownBy(() -> ModelChecks.of(BrokenModels.NullWithoutOrders::new).answersEdgeCases())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("model 'null-without-orders'")
                .hasMessageContaining("customer edge-nothing-known (edge case): returned null");
    }

    @Test
    void aScoreOffItsDeclaredScaleFails() {
        assertThatThrownBy(() -> ModelChecks.of(BrokenModels.OffScale::new).answersSamplePopulation())
                .hasMessageContaining("returned a score on 0.0..10.0 instead of the declared 0.0..100.0");
    }

    @Test
    void hiddenStateFailsDeterminism() {
        ModelChecks checks = ModelChecks.of(BrokenModels.Drifting::new);

        assertThatCode(checks::answersEdgeCases).doesNotThrowAnyException();
        assertThatThrownBy(checks::isDeterministic).hasMessageContaining("then");
    }

    @Test
    void aDescriptorThatContradictsItsExtensionPointFails() {
        assertThatThrownBy(() -> ModelChecks.of(BrokenModels.WrongFamily::new).descriptorIsValid())
                .hasMessageContaining("descriptor says SEGMENTATION but the class implements the LOYALTY extension point");
    }

    @Test
    void anUndeclaredSegmentFails() {
        assertThatThrownBy(() -> ModelChecks.of(BrokenModels.UndeclaredSegment::new).answersEdgeCases())
                .hasMessageContaining("returned segment 'elsewhere', which the descriptor does not declare");
    }

    @Test
    void aModelWithoutTheExtensionAnnotationFails() {
        assertThatThrownBy(() -> ModelChecks.of(BrokenModels.OffScale::new).isAPluginExtension())
                .hasMessageContaining("lacks @org.pf4j.Extension");
    }

    @Test
    void failingAtAParameterBoundaryFailsButAClassifiedRefusalPasses() {
        assertThatThrownBy(() -> ModelChecks.of(BrokenModels.FailsAtMax::new).parameters().answerAtEveryBoundary())
                .hasMessageContaining("with threshold = 50 threw java.lang.ArithmeticException");
        assertThatCode(() -> ModelChecks.of(BrokenModels.RefusesAtMax::new).parameters().answerAtEveryBoundary())
                .doesNotThrowAnyException();
    }

    @Test
    void aCallOverTheBudgetFails() {
        assertThatThrownBy(() -> small(BrokenModels.Slow::new, Duration.ofMillis(5)).answersWithinCallBudget())
                .hasMessageContaining("over the budget of 5 ms per call");
    }

    @Test
    void theExtensionIndexFindsAnnotatedModels() {
        assertThat(ExtensionIndex.models()).extracting(model -> model.getClass().getName())
                .containsExactly(WellBehavedModel.class.getName());
    }

    @Test
    void theSdkRangeMustAdmitThisSdkAndStopBeforeTheNextMajor() {
        assertThatCode(() -> new PluginManifestCheck("p", ">=1.0.0 & <2.0.0").check()).doesNotThrowAnyException();
        assertThatThrownBy(() -> new PluginManifestCheck("p", ">=2.0.0").check())
                .hasMessageContaining("excludes this SDK");
        assertThatThrownBy(() -> new PluginManifestCheck("p", ">=1.0.0").check())
                .hasMessageContaining("end the range with <2.0.0");
    }

    @Test
    void theKitsCustomersAreTheDocumentedEdgeCases() {
        assertThat(KitCustomers.edgeCases(ModelChecks.AS_OF)).extracting(c -> c.id()).contains("edge-nothing-known",
                "edge-orders-after-asof", "edge-big-spender", "edge-service-trouble");
        assertThat(KitCustomers.sample(300, ModelChecks.AS_OF, 42)).hasSize(300)
                .isEqualTo(KitCustomers.sample(300, ModelChecks.AS_OF, 42));
        List<Integer> orders = KitCustomers.sample(300, ModelChecks.AS_OF, 42).stream()
                .map(c -> c.orderSummary().count()).toList();
        assertThat(orders).contains(0).anyMatch(count -> count >= 5);
    }
}
