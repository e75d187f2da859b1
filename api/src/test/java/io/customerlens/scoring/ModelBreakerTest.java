package io.customerlens.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.scoring.ModelBreaker.State;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The breaker's states on a clock the test moves: threshold 3 in a 60 s window, 30 s cool-down. */
class ModelBreakerTest {

    private static final Instant START = Instant.parse("2025-06-30T12:00:00Z");

    private final MovingClock clock = new MovingClock();
    private final ModelBreaker breaker = new ModelBreaker(
            new ScoringProperties.Breaker(3, Duration.ofSeconds(60), Duration.ofSeconds(30)), clock, 1);

    @Test
    void opensAfterTheThresholdOfFailuresInARowAndRefusesUntilTheCoolDownEnds() {
        fail(2);
        assertThat(breaker.status()).isEqualTo(new ModelBreaker.Status(State.CLOSED, 2, null));
        assertThat(breaker.admit()).isNull();
        breaker.failed();

        assertThat(breaker.status()).isEqualTo(new ModelBreaker.Status(State.OPEN, 3, START.plusSeconds(30)));
        clock.advance(Duration.ofSeconds(29));
        assertThat(breaker.admit()).isEqualTo(START.plusSeconds(30));
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        fail(2);
        admitted().succeeded();
        fail(2);
        assertThat(breaker.status().state()).isEqualTo(State.CLOSED);
        assertThat(breaker.status().failures()).isEqualTo(2);
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        fail(2);
        clock.advance(Duration.ofSeconds(61));
        fail(2);
        assertThat(breaker.status()).isEqualTo(new ModelBreaker.Status(State.CLOSED, 2, null));
        fail(1);
        assertThat(breaker.status().state()).isEqualTo(State.OPEN);
    }

    @Test
    void afterTheCoolDownOneTrialCallGoesThroughAndItsOutcomeDecides() {
        fail(3);
        clock.advance(Duration.ofSeconds(30));
        assertThat(breaker.status().state()).isEqualTo(State.HALF_OPEN);

        ModelBreaker trial = admitted();
        assertThat(breaker.admit()).as("only one trial at a time").isNotNull();
        trial.failed();
        assertThat(breaker.status()).isEqualTo(new ModelBreaker.Status(State.OPEN, 3, clock.instant().plusSeconds(30)));

        clock.advance(Duration.ofSeconds(30));
        admitted().succeeded();
        assertThat(breaker.status()).isEqualTo(new ModelBreaker.Status(State.CLOSED, 0, null));
        assertThat(breaker.admit()).isNull();
    }

    @Test
    void aTrialThatNeverReachedTheModelLetsTheNextOneTry() {
        fail(3);
        clock.advance(Duration.ofSeconds(30));
        admitted().released();
        assertThat(breaker.admit()).isNull();
    }

    private ModelBreaker admitted() {
        assertThat(breaker.admit()).as("call admitted").isNull();
        return breaker;
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            admitted().failed();
        }
    }

    private static final class MovingClock extends Clock {
        private Instant now = START;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
