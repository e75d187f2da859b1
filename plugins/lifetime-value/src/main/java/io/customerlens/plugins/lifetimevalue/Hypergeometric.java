package io.customerlens.plugins.lifetimevalue;

/**
 * The Gaussian hypergeometric function 2F1(a, b; c; z) by its power series
 * sum over n >= 0 of (a)_n (b)_n / ((c)_n n!) z^n, with (q)_n the rising factorial.
 *
 * <p>Domain: real a, b, c with c not 0 or a negative integer, and |z| < 1, where the series converges.
 * Convergence slows as |z| approaches 1 (about 35 / (1 - |z|) terms for full precision). The sum stops once
 * a bound on the remaining tail is below 1e-15 of the sum: past the index where a + n, b + n and c + n are
 * positive, (a+k)/(k+1) and (b+k)/(c+k) move monotonically toward 1, so every later term ratio is at most
 * rho = |z| max(1, (a+n+1)/(n+2)) max(1, (b+n+1)/(c+n+1)) and the tail at most |term| rho / (1 - rho).
 * It gives up with an exception after {@value #MAX_TERMS} terms.
 */
final class Hypergeometric {

    static final int MAX_TERMS = 10_000_000;
    private static final double TOLERANCE = 1e-15;
    /** Partial sums are rescaled by this factor when they grow past it, so large terms do not overflow. */
    private static final double RESCALE = 1e250;
    private static final double LOG_RESCALE = Math.log(RESCALE);
    /** How close to an integer b must be for {@link #withCOneAboveA} to interpolate across it. */
    static final double NEAR_INTEGER = 1e-3;

    private Hypergeometric() {
    }

    /**
     * @param a first numerator parameter
     * @param b second numerator parameter
     * @param c denominator parameter, not 0 or a negative integer
     * @param z argument, |z| < 1
     * @return 2F1(a, b; c; z)
     * @throws IllegalArgumentException outside the domain
     * @throws IllegalStateException    when the series does not converge within the term limit
     */
    static double f21(double a, double b, double c, double z) {
        return scaled(a, b, c, z, 0);
    }

    /**
     * e^logScale 2F1(a, b; c; z), for a factor that would underflow while the series overflows (or the reverse),
     * as (1 - z)^(r+x) 2F1(r+x, ...) does in BG/NBD for frequent buyers over long horizons.
     *
     * @param a        first numerator parameter
     * @param b        second numerator parameter
     * @param c        denominator parameter, not 0 or a negative integer
     * @param z        argument, |z| < 1
     * @param logScale natural logarithm of the factor
     * @return e^logScale 2F1(a, b; c; z)
     */
    static double scaled(double a, double b, double c, double z, double logScale) {
        if (!(Math.abs(z) < 1)) {
            throw new IllegalArgumentException("2F1 series needs |z| < 1, got z = " + z);
        }
        if (c <= 0 && c == Math.rint(c)) {
            throw new IllegalArgumentException("2F1 is undefined for c = " + c + " (0 or a negative integer)");
        }
        double settled = Math.max(0, Math.max(Math.max(-a, -b), -c));
        double term = 1;
        double sum = 1;
        double shift = 0;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (Math.abs(sum) > RESCALE || Math.abs(term) > RESCALE) {
                term /= RESCALE;
                sum /= RESCALE;
                shift += LOG_RESCALE;
            }
            if (term == 0 || n >= settled && tailNegligible(a, b, c, z, n, term, sum)) {
                return Math.signum(sum) * Math.exp(Math.log(Math.abs(sum)) + shift + logScale);
            }
        }
        throw new IllegalStateException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") series did not converge in "
                + MAX_TERMS + " terms");
    }

    /**
     * 2F1(a, b; a+1; z) for 0 <= z < 1, the form of the Pareto/NBD likelihood, in a time that does not grow as z
     * nears 1: the series above for z <= 1/2, and otherwise the connection to 1 - z (Abramowitz and Stegun 15.3.6),
     * which for c = a + 1 reduces to
     * Γ(a+1) π / (sin(π b) Γ(b) Γ(a+1-b)) z^-a + a / (b-1) (1-z)^(1-b) 2F1(1, a+1-b; 2-b; 1-z).
     * Both terms have poles at integer b that cancel; within {@value #NEAR_INTEGER} of one the value is interpolated
     * from points on either side (the function is smooth in b), about 1e-8 relative.
     *
     * @param a first parameter, > 0
     * @param b second parameter, with 0 < b < a + 1
     * @param z argument, 0 <= z < 1
     * @return 2F1(a, b; a+1; z)
     */
    static double withCOneAboveA(double a, double b, double z) {
        if (!(z >= 0 && z < 1) || !(a > 0) || !(b > 0 && b < a + 1)) {
            throw new IllegalArgumentException("2F1(a, b; a+1; z) here needs a > 0, 0 < b < a+1, 0 <= z < 1; got a="
                    + a + ", b=" + b + ", z=" + z);
        }
        if (z <= 0.5) {
            return f21(a, b, a + 1, z);
        }
        double nearest = Math.rint(b);
        if (Math.abs(b - nearest) >= NEAR_INTEGER || nearest - 2 * NEAR_INTEGER <= 0
                || nearest + 2 * NEAR_INTEGER >= a + 1) {
            return connected(a, b, z);
        }
        // Cubic Lagrange interpolation through b = nearest -2h, -h, +h, +2h: rounding in the cancelling terms grows
        // as 1/h, the interpolation error as h^4.
        double[] offsets = {-2, -1, 1, 2};
        double u = (b - nearest) / NEAR_INTEGER;
        double value = 0;
        for (double node : offsets) {
            double weight = 1;
            for (double other : offsets) {
                if (other != node) {
                    weight *= (u - other) / (node - other);
                }
            }
            value += weight * connected(a, nearest + node * NEAR_INTEGER, z);
        }
        return value;
    }

    /** The connection formula of {@link #withCOneAboveA}, for b not an integer. */
    private static double connected(double a, double b, double z) {
        double first = Math.exp(LogGamma.of(a + 1) - LogGamma.of(b) - LogGamma.of(a + 1 - b) - a * Math.log(z))
                * Math.PI / Math.sin(Math.PI * b);
        double second = a / (b - 1) * Math.exp((1 - b) * Math.log1p(-z)) * f21(1, a + 1 - b, 2 - b, 1 - z);
        return first + second;
    }

    private static boolean tailNegligible(double a, double b, double c, double z, int n, double term, double sum) {
        double rho = Math.abs(z) * Math.max(1, (a + n + 1) / (n + 2)) * Math.max(1, (b + n + 1) / (c + n + 1));
        return rho < 1 && Math.abs(term) * rho / (1 - rho) <= TOLERANCE * Math.abs(sum);
    }
}
