package io.customerlens.plugins.lifetimevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class NelderMeadTest {

    /** Rosenbrock's valley, minimum 0 at (1, 1), a standard hard case. */
    private static final ToDoubleFunction<double[]> ROSENBROCK =
            v -> 100 * Math.pow(v[1] - v[0] * v[0], 2) + Math.pow(1 - v[0], 2);

    @Test
    void findsTheMinimumOfAQuadratic() {
        // (x - 1)^2 + (y + 2)^2 + 3: minimum 3 at (1, -2)
        NelderMead.Optimum optimum = NelderMead.minimise(
                v -> Math.pow(v[0] - 1, 2) + Math.pow(v[1] + 2, 2) + 3, new double[] {0, 0});
        assertThat(optimum.point()[0]).isCloseTo(1, within(1e-6));
        assertThat(optimum.point()[1]).isCloseTo(-2, within(1e-6));
        assertThat(optimum.value()).isCloseTo(3, within(1e-12));
    }

    @Test
    void followsRosenbrocksValley() {
        NelderMead.Optimum optimum = NelderMead.minimise(ROSENBROCK, new double[] {-1.2, 1});
        assertThat(optimum.point()[0]).isCloseTo(1, within(1e-5));
        assertThat(optimum.point()[1]).isCloseTo(1, within(1e-5));
        assertThat(optimum.runs()).isBetween(1, NelderMead.MAX_RESTARTS);
    }

    @Test
    void infiniteValuesActAsBounds() {
        // minimum of (x - 5)^2 with x <= 2 enforced by +infinity (NaN counts the same): x -> 2
        NelderMead.Optimum optimum = NelderMead.minimise(
                v -> v[0] > 2 ? Double.NaN : Math.pow(v[0] - 5, 2), new double[] {0});
        assertThat(optimum.point()[0]).isCloseTo(2, within(1e-6));
    }

    @Test
    void isDeterministic() {
        NelderMead.Optimum first = NelderMead.minimise(ROSENBROCK, new double[] {-1.2, 1});
        NelderMead.Optimum second = NelderMead.minimise(ROSENBROCK, new double[] {-1.2, 1});
        assertThat(second.point()).containsExactly(first.point());
        assertThat(second.value()).isEqualTo(first.value());
        assertThat(second.evaluations()).isEqualTo(first.evaluations());
    }
}
