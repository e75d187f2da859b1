package io.customerlens.tck;

import io.customerlens.sdk.ScoringModel;
import java.lang.reflect.Constructor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The contract every scoring model of a plugin must meet, as JUnit 5 tests: extend it in the plugin's test
 * sources. By default it checks every model in the plugin's PF4J extension index (written at compile time for
 * classes annotated {@code @Extension}); override {@link #models()} to choose, and {@link #checks(Supplier)} to
 * change the customers, evaluation date or call budget.
 *
 * <p>When the build passes the plugin's manifest values as system properties
 * ({@value PluginManifestCheck#REQUIRES_PROPERTY}, as the bundled plugins' parent POM and the example plugin do),
 * it also checks that the declared SDK range admits this SDK.
 */
public abstract class ModelContract {

    /**
     * @return the plugin's models, one fresh instance each; by default every {@code ScoringModel} in the
     *         extension index on the class path
     */
    protected List<ScoringModel<?>> models() {
        return ExtensionIndex.models();
    }

    /**
     * @param factory makes a new instance of one model
     * @return the checks to run on it
     */
    protected ModelChecks checks(Supplier<? extends ScoringModel<?>> factory) {
        return ModelChecks.of(factory);
    }

    @Test
    void thePluginHasModels() {
        Assertions.assertFalse(models().isEmpty(), "no ScoringModel found: annotate each model with @org.pf4j.Extension"
                + " (with PF4J's annotation processor on the compile path) or override models()");
    }

    @Test
    void theDeclaredSdkRangeAdmitsThisSdk() {
        PluginManifestCheck.fromSystemProperties().ifPresent(PluginManifestCheck::check);
    }

    /**
     * @return the longest one check of one model may take; a check that runs longer fails as a hang, and the
     *         model's later checks fail at once. {@value #CHECK_TIME_LIMIT_SECONDS} s by default
     */
    protected Duration checkTimeLimit() {
        return Duration.ofSeconds(CHECK_TIME_LIMIT_SECONDS);
    }

    /** The default of {@link #checkTimeLimit()}. */
    public static final int CHECK_TIME_LIMIT_SECONDS = 5;

    @TestFactory
    Stream<DynamicNode> contract() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (ScoringModel<?> model : models()) {
            ModelChecks checks = checks(factory(model));
            TimedChecks timed = new TimedChecks(checks.name(), checkTimeLimit());
            List<DynamicTest> tests = new ArrayList<>(List.of(
                    check(timed, "descriptor is valid and stable", checks::descriptorIsValid),
                    check(timed, "is a PF4J extension", checks::isAPluginExtension),
                    check(timed, "answers edge-case customers", checks::answersEdgeCases),
                    check(timed, "answers a sample population", checks::answersSamplePopulation),
                    check(timed, "answers in a store without buyers", checks::answersWithoutBuyers),
                    check(timed, "is deterministic", checks::isDeterministic),
                    check(timed, "answers at every parameter boundary", () -> checks.parameters().answerAtEveryBoundary()),
                    check(timed, "parameter ranges are enforced", () -> checks.parameters().rangesAreEnforced()),
                    check(timed, "answers within the call budget", checks::answersWithinCallBudget)));
            if (checks.hasMemory()) {
                tests.add(check(timed, "answers after every previous segment", checks::answersAfterEverySegment));
            }
            nodes.add(DynamicContainer.dynamicContainer(checks.name(), tests));
        }
        return nodes.stream();
    }

    private static DynamicTest check(TimedChecks timed, String name, Executable body) {
        return DynamicTest.dynamicTest(name, () -> timed.run(name, body));
    }

    /** A new instance per call through the public no-argument constructor, else the given instance again. */
    private static Supplier<ScoringModel<?>> factory(ScoringModel<?> model) {
        try {
            Constructor<?> constructor = model.getClass().getConstructor();
            return () -> {
                try {
                    return (ScoringModel<?>) constructor.newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot create " + model.getClass().getName(), e);
                }
            };
        } catch (NoSuchMethodException e) {
            return () -> model;
        }
    }
}
