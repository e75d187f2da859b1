package io.customerlens.plugins.lifetimevalue;

/**
 * The natural logarithm of the gamma function for positive arguments, by the Lanczos approximation with
 * g = 7 and nine coefficients (about 15 significant digits), and the reflection formula below 1/2.
 */
final class LogGamma {

    private static final double G = 7;
    private static final double[] COEFFICIENTS = {
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private LogGamma() {
    }

    /**
     * @param x a positive, finite argument
     * @return ln Γ(x)
     * @throws IllegalArgumentException for x <= 0, infinite or NaN
     */
    static double of(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("ln Gamma needs a positive finite argument, got " + x);
        }
        if (x < 0.5) {
            // Reflection: Γ(x) Γ(1 - x) = π / sin(π x); the series is most accurate for arguments >= 1/2.
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - of(1 - x);
        }
        double z = x - 1;
        double sum = COEFFICIENTS[0];
        for (int i = 1; i < COEFFICIENTS.length; i++) {
            sum += COEFFICIENTS[i] / (z + i);
        }
        double t = z + G + 0.5;
        return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
