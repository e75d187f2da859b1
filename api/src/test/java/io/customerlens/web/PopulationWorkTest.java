package io.customerlens.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customerlens.support.Cancellation;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Population work: a share per caller, a bounded queue, and a deadline the work's loop sees. */
class PopulationWorkTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private PopulationWork work;

    @AfterEach
    void stop() {
        release.countDown();
        work.destroy();
    }

    @Test
    void aCallerWithItsShareRunningOrWaitingIsRefusedWithRetryAfterOthersAreNot() throws Exception {
        work = new PopulationWork(new PopulationWorkProperties(1, 2, 8, Duration.ofMinutes(1), Duration.ofSeconds(7)));
        CompletableFuture<String> first = work.submit("alice", null, this::blocked);
        CompletableFuture<String> second = work.submit("alice", null, this::blocked); // waits for the thread

        assertThatThrownBy(() -> work.submit("alice", null, this::blocked))
                .isInstanceOfSatisfying(TooManyRequestsException.class, refused -> {
                    assertThat(refused.getMessage()).startsWith("'alice' has 2 population views running or waiting")
                            .endsWith("retry after 7 s");
                    assertThat(refused.errorType()).isEqualTo(Overload.TOO_MANY_REQUESTS);
                    assertThat(refused.extensions()).containsEntry(TooManyRequestsException.RETRY_AFTER, 7L);
                });
        CompletableFuture<String> other = work.submit("bob", null, this::blocked);

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(work.submit("alice", null, () -> "again").get(5, TimeUnit.SECONDS)).isEqualTo("again");
    }

    @Test
    void aFullQueueRefusesEveryone() {
        work = new PopulationWork(new PopulationWorkProperties(1, 5, 1, Duration.ofMinutes(1), Duration.ofSeconds(2)));
        work.submit("a", null, this::blocked);
        work.submit("b", null, this::blocked);

        assertThatThrownBy(() -> work.submit("c", null, this::blocked)).isInstanceOf(TooManyRequestsException.class)
                .hasMessageStartingWith("the server is running and queueing as many population views as it may (2;");
    }

    @Test
    void workPastItsDeadlineStopsWhereItsLoopChecks() throws Exception {
        work = new PopulationWork(new PopulationWorkProperties(1, 2, 8, Duration.ofMillis(200), Duration.ofSeconds(1)));
        AtomicInteger rounds = new AtomicInteger();
        CompletableFuture<String> endless = work.submit("alice", null, () -> {
            while (true) {
                Cancellation.current().check();
                rounds.incrementAndGet();
                sleep(10);
            }
        });

        assertThatThrownBy(() -> endless.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(WorkStoppedException.class)
                .hasMessage("the population view stopped after its deadline of 200 ms (customerlens.population-work.deadline):"
                        + " narrow the filter");
        int stoppedAt = rounds.get();
        assertThat(stoppedAt).isPositive();
        sleep(100);
        assertThat(rounds.get()).isEqualTo(stoppedAt);
        assertThat(work.submit("alice", null, () -> "next").get(5, TimeUnit.SECONDS)).isEqualTo("next");
    }

    private String blocked() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "done";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
