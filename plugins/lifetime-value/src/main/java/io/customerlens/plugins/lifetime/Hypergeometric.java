package io.customerlens.plugins.lifetime;

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

    private static boolean tailNegligible(double a, double b, double c, double z, int n, double term, double sum) {
        double rho = Math.abs(z) * Math.max(1, (a + n + 1) / (n + 2)) * Math.max(1, (b + n + 1) / (c + n + 1));
        return rho < 1 && Math.abs(term) * rho / (1 - rho) <= TOLERANCE * Math.abs(sum);
    }
}
