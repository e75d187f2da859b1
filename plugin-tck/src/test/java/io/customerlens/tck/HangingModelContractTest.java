package io.customerlens.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.sdk.ScoringModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/** The kit against a model that sleeps a minute a call: one time limit, every failure named by its check. */
class HangingModelContractTest {

    private static final Duration LIMIT = Duration.ofSeconds(1);

    @Test
    void aHangingModelFailsItsFirstScoringCheckWithinTheLimitAndTheRestAtOnce() {
        ModelContract contract = new ModelContract() {
            @Override
            protected List<ScoringModel<?>> models() {
                return List.of(new BrokenModels.Sleeping());
            }

            @Override
            protected Duration checkTimeLimit() {
                return LIMIT;
            }
        };
        Map<String, String> failures = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (DynamicTest test : tests(contract.contract())) {
            try {
                test.getExecutable().execute();
            } catch (Throwable failure) {
                failures.put(test.getDisplayName(), failure.getMessage());
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failures.get("answers edge-case customers")).isEqualTo("model 'sleeping', check 'answers edge-case"
                + " customers': did not answer within 1.0 s: a model must not sleep, wait for I/O or loop without end"
                + " (the server cuts such calls and fails the field)");
        assertThat(failures.get("is deterministic")).isEqualTo("model 'sleeping', check 'is deterministic': not run:"
                + " the model did not answer within 1.0 s in check 'answers edge-case customers'");
        assertThat(failures).containsKeys("answers a sample population", "answers within the call budget")
                .doesNotContainKey("descriptor is valid and stable");
        assertThat(failures.get("is a PF4J extension")).startsWith("model 'sleeping', check 'is a PF4J extension': ");
        assertThat(took).isLessThan(LIMIT.multipliedBy(3));
    }

    private static List<DynamicTest> tests(Stream<DynamicNode> nodes) {
        List<DynamicTest> tests = new ArrayList<>();
        nodes.forEach(node -> {
            if (node instanceof DynamicContainer container) {
                tests.addAll(tests(container.getChildren().map(DynamicNode.class::cast)));
            } else {
                tests.add((DynamicTest) node);
            }
        });
        return tests;
    }
}
