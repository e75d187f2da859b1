package io.customerlens.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.LocalDate;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Population views over HTTP: a key with its share running is answered 429 with Retry-After while pages go on, and
 * a view past its deadline stops in its population loop. The "hanging" test model takes the scoring timeout (1 s)
 * per customer, so a view over four customers would run four seconds.
 */
@TestPropertySource(properties = {"customerlens.population-work.per-caller=1",
        "customerlens.population-work.deadline=1500ms", "customerlens.population-work.retry-after=3s"})
class FairSharingTest extends IntegrationTest {

    private static final String SLOW_VIEW = "{ scoreDistribution(model: \"hanging\") { customers failed } }";

    @Autowired
    private MeterRegistry meters;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aSecondViewOfTheSameKeyIs429WhileTheFirstRunsAndTheFirstStopsAtItsDeadline() throws Exception {
        for (int i = 0; i < 4; i++) {
            fixtures.customer("FAIR-" + i, LocalDate.parse("2024-01-01"));
        }
        double evaluations = hangingEvaluations();
        String analyst = TestKeys.key(Role.ANALYST);

        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> http.postQuery(SLOW_VIEW, analyst));
        Thread.sleep(400);
        HttpResponse<String> second = http.postQuery(SLOW_VIEW, analyst);
        HttpResponse<String> page = http.postQuery("{ customers(first: 4) { edges { node { id } } } }",
                TestKeys.key(Role.VIEWER));

        assertThat(second.statusCode()).as(second.body()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).contains("3");
        JsonNode refusal = json.readTree(second.body()).path("errors").get(0);
        assertThat(refusal.path("extensions").path("classification").asString()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(refusal.path("message").asString()).contains("population views running or waiting");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(json.readTree(page.body()).path("data").path("customers").path("edges").size()).isEqualTo(4);

        HttpResponse<String> stopped = first.get(30, TimeUnit.SECONDS);
        JsonNode error = json.readTree(stopped.body()).path("errors").get(0);
        assertThat(error.path("extensions").path("classification").asString()).as(stopped.body())
                .isEqualTo("DEADLINE_EXCEEDED");
        assertThat(error.path("message").asString()).startsWith("the population view stopped after its deadline of 1500 ms");
        assertThat(hangingEvaluations() - evaluations).as("customers scored before the stop").isLessThan(4);
    }

    private double hangingEvaluations() {
        return meters.find("customerlens.model.evaluation").tag("model", "hanging").timers().stream()
                .mapToDouble(Timer::count).sum();
    }
}
