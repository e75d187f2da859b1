package io.customerlens.plugins.lifetimevalue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * Minimises a function with the Nelder-Mead simplex method (Nelder and Mead 1965; reflection 1, expansion 2,
 * contraction 1/2, shrink 1/2), restarted from the best point with a fresh simplex until a restart improves
 * the minimum by less than {@value #RESTART_IMPROVEMENT}. Deterministic: no randomness, ties keep vertex order.
 * Points where the function is not finite count as +infinity, which is how callers impose bounds.
 */
final class NelderMead {

    static final double RESTART_IMPROVEMENT = 1e-10;
    static final int MAX_ITERATIONS = 5_000;
    static final int MAX_RESTARTS = 50;
    private static final double STEP = 1.0;
    private static final double F_TOLERANCE = 1e-13;
    private static final double X_TOLERANCE = 1e-9;

    /** The minimum found: where, the value there, and the work done. */
    record Optimum(double[] point, double value, int evaluations, int runs) {
    }

    private final ToDoubleFunction<double[]> function;
    private int evaluations;

    private NelderMead(ToDoubleFunction<double[]> function) {
        this.function = function;
    }

    /**
     * @param function the function to minimise
     * @param start    the starting point; the first simplex adds {@value #STEP} to each coordinate in turn
     * @return the minimum found
     */
    static Optimum minimise(ToDoubleFunction<double[]> function, double[] start) {
        NelderMead search = new NelderMead(function);
        double[] best = start.clone();
        double value = search.value(best);
        int runs = 0;
        while (runs < MAX_RESTARTS) {
            runs++;
            Vertex found = search.run(best);
            double improvement = value - found.value;
            if (found.value <= value) {
                best = found.point;
                value = found.value;
            }
            if (!(improvement >= RESTART_IMPROVEMENT)) {
                break;
            }
        }
        return new Optimum(best, value, search.evaluations, runs);
    }

    private record Vertex(double[] point, double value) {
    }

    private Vertex run(double[] start) {
        int n = start.length;
        Vertex[] simplex = new Vertex[n + 1];
        simplex[0] = vertex(start);
        for (int i = 0; i < n; i++) {
            double[] point = start.clone();
            point[i] += STEP;
            simplex[i + 1] = vertex(point);
        }
        Comparator<Vertex> byValue = Comparator.comparingDouble(Vertex::value);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            Arrays.sort(simplex, byValue);
            if (converged(simplex)) {
                break;
            }
            step(simplex);
        }
        Arrays.sort(simplex, byValue);
        return simplex[0];
    }

    private void step(Vertex[] simplex) {
        int n = simplex.length - 1;
        Vertex best = simplex[0];
        Vertex worst = simplex[n];
        double[] centroid = centroid(simplex);
        Vertex reflected = vertex(along(centroid, worst.point, -1));
        if (reflected.value < best.value) {
            Vertex expanded = vertex(along(centroid, worst.point, -2));
            simplex[n] = expanded.value < reflected.value ? expanded : reflected;
        } else if (reflected.value < simplex[n - 1].value) {
            simplex[n] = reflected;
        } else {
            boolean outside = reflected.value < worst.value;
            Vertex contracted = vertex(along(centroid, worst.point, outside ? -0.5 : 0.5));
            boolean accepted = outside ? contracted.value <= reflected.value : contracted.value < worst.value;
            if (accepted) {
                simplex[n] = contracted;
            } else {
                shrink(simplex);
            }
        }
    }

    private void shrink(Vertex[] simplex) {
        double[] best = simplex[0].point;
        for (int i = 1; i < simplex.length; i++) {
            simplex[i] = vertex(along(best, simplex[i].point, 0.5));
        }
    }

    private static boolean converged(Vertex[] simplex) {
        Vertex best = simplex[0];
        double spread = simplex[simplex.length - 1].value - best.value;
        if (!(spread <= F_TOLERANCE * (1 + Math.abs(best.value)))) {
            return false;
        }
        for (int i = 1; i < simplex.length; i++) {
            for (int j = 0; j < best.point.length; j++) {
                if (Math.abs(simplex[i].point[j] - best.point[j]) > X_TOLERANCE) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[] centroid(Vertex[] simplex) {
        int n = simplex.length - 1;
        double[] centroid = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                centroid[j] += simplex[i].point[j] / n;
            }
        }
        return centroid;
    }

    /** @return from + factor (towards - from) */
    private static double[] along(double[] from, double[] towards, double factor) {
        double[] point = new double[from.length];
        for (int j = 0; j < from.length; j++) {
            point[j] = from[j] + factor * (towards[j] - from[j]);
        }
        return point;
    }

    private Vertex vertex(double[] point) {
        return new Vertex(point, value(point));
    }

    private double value(double[] point) {
        evaluations++;
        double value = function.applyAsDouble(point);
        return Double.isFinite(value) ? value : Double.POSITIVE_INFINITY;
    }
}
