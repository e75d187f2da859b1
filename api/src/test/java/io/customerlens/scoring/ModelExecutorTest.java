package io.customerlens.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Scale;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A page's calls to a model that never answers: they are started side by side, as many as one model may use of the
 * pool's threads, and every one of them, started or still waiting, fails at the shared deadline, while another
 * model's calls still find a thread.
 */
class ModelExecutorTest {

    private static final RegisteredModel MODEL = model("stuck");

    private final ModelExecutor executor = new ModelExecutor(new ScoringProperties(1, Duration.ofHours(1), null,
            Duration.ofSeconds(30), null, 8, 4, 100, 1, null));
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void stop() {
        executor.destroy();
    }

    @Test
    void aPageOfCallsRunsSideBySideAndAllFailAtTheSharedDeadline() {
        AtomicInteger started = new AtomicInteger();
        ScoringDeadline deadline = ScoringDeadline.after(Duration.ofMillis(300));
        List<CompletableFuture<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(executor.submit(MODEL, () -> {
                started.incrementAndGet();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 1.0;
            }, deadline));
        }

        for (CompletableFuture<Object> call : calls) {
            assertThat(call).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(Exception.class)
                    .havingCause().isInstanceOf(ModelTimeoutException.class)
                    .withMessage("model 'stuck' (plugin test-plugin 1.0.0) did not answer within 30000 ms");
        }
        // Far below the 30 s per-call limit: the deadline of the page cut them, four at a time (its share of the
        // eight threads); the waiting ones never ran.
        assertThat(started).as("calls started").hasValue(4);
    }

    @Test
    void anotherModelIsServedWhileOneHangsOnItsShareOfTheThreads() {
        ScoringDeadline deadline = ScoringDeadline.after(Duration.ofSeconds(20));
        List<CompletableFuture<Object>> stuck = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            stuck.add(executor.submit(MODEL, () -> {
                never.await();
                return 1.0;
            }, deadline));
        }
        assertThat(executor.submit(model("other"), () -> 42, deadline)).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(42);
        assertThat(stuck).noneMatch(CompletableFuture::isDone);
    }

    @Test
    void aCallStartedAfterTheDeadlineFailsWithoutRunning() {
        AtomicInteger started = new AtomicInteger();
        ScoringDeadline passed = ScoringDeadline.after(Duration.ZERO);
        CompletableFuture<Object> call = executor.submit(MODEL, started::incrementAndGet, passed);
        assertThat(call).isCompletedExceptionally();
        assertThat(started).hasValue(0);
    }

    @Test
    void withoutASharedDeadlineEachCallGetsThePerCallLimitAndAnswers() {
        CompletableFuture<Object> call = executor.submit(MODEL, () -> 42, ScoringDeadline.perCall());
        assertThat(call.join()).isEqualTo(42);
    }

    private static RegisteredModel model(String id) {
        return new RegisteredModel(ModelDescriptor.builder(id, ModelFamily.LOYALTY).name(id).version("1.0.0")
                .description("d").formula("f").source("s").scale(new Scale(0, 1, "points")).build(), null,
                "test-plugin", "1.0.0");
    }
}
