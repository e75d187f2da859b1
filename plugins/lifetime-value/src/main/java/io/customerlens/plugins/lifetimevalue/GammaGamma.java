package io.customerlens.plugins.lifetimevalue;

/**
 * The Gamma-Gamma model of spend per purchase (Fader, Hardie and Lee 2013 note): a customer's purchase
 * values are Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, so the mean value E[Z] = p / ν, and the mean
 * z̄ of x purchases is Gamma(px, νx). Fitted on repeat purchases only, independent of purchase timing.
 *
 * @param p     shape of a purchase value
 * @param q     shape of the heterogeneity in ν
 * @param gamma scale of the heterogeneity in ν (in currency units)
 */
record GammaGamma(double p, double q, double gamma) {

    /** Checks that every parameter is positive and finite. */
    GammaGamma {
        for (double value : new double[] {p, q, gamma}) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("Gamma-Gamma parameters must be positive and finite: p=" + p
                        + ", q=" + q + ", gamma=" + gamma);
            }
        }
    }

    /**
     * One repeat buyer's log-likelihood of the mean value z̄ of x purchases, in logs:
     * lnΓ(px+q) - lnΓ(px) - lnΓ(q) + q ln γ + (px-1) ln z̄ + px ln x - (px+q) ln(γ + x z̄).
     *
     * @param x    number of purchases averaged, > 0
     * @param zbar their mean value, > 0
     * @return the log-likelihood
     */
    double logLikelihood(int x, double zbar) {
        if (x <= 0 || !(zbar > 0)) {
            throw new IllegalArgumentException("Gamma-Gamma needs x > 0 and zbar > 0, got x=" + x + ", zbar=" + zbar);
        }
        double px = p * x;
        return LogGamma.of(px + q) - LogGamma.of(px) - LogGamma.of(q) + q * Math.log(gamma)
                + (px - 1) * Math.log(zbar) + px * Math.log(x) - (px + q) * Math.log(gamma + x * zbar);
    }

    /**
     * E[Z | x, z̄] = p (γ + x z̄) / (px + q - 1), a weighted mean of the population mean and the customer's own
     * mean. Defined when px + q > 1; z̄ = 0 is allowed (zero-value purchases).
     *
     * @param x    number of purchases averaged, > 0
     * @param zbar their mean value, >= 0
     * @return the expected value of the customer's next purchase
     */
    double conditionalMean(int x, double zbar) {
        double denominator = p * x + q - 1;
        if (x <= 0 || !(zbar >= 0) || !(denominator > 0)) {
            throw new IllegalArgumentException("conditional mean needs x > 0, zbar >= 0 and px + q > 1, got x=" + x
                    + ", zbar=" + zbar + ", px + q = " + (p * x + q));
        }
        return p * (gamma + x * zbar) / denominator;
    }

    /**
     * @param x the customer's repeat purchases
     * @return whether {@link #expectedSpend} is finite: px + q > 1 for x > 0, q > 1 for x = 0
     */
    boolean finiteSpend(int x) {
        return p * x + q > 1;
    }

    /**
     * @param x    the customer's repeat purchases, >= 0
     * @param zbar their mean value (ignored for x = 0)
     * @return the conditional mean for a repeat buyer, the population mean for x = 0
     */
    double expectedSpend(int x, double zbar) {
        return x > 0 ? conditionalMean(x, zbar) : populationMean();
    }

    /**
     * @return E[Z] = p γ / (q - 1), the mean spend per purchase over the population
     * @throws IllegalStateException when q <= 1 and the mean is infinite
     */
    double populationMean() {
        if (!finiteSpend(0)) {
            throw new IllegalStateException("Gamma-Gamma mean spend is infinite for q = " + q + " <= 1");
        }
        return p * gamma / (q - 1);
    }
}
