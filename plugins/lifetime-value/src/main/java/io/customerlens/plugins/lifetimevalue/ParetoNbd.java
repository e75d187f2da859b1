package io.customerlens.plugins.lifetimevalue;

/**
 * The Pareto/NBD model of Schmittlein, Morrison and Colombo (1987): while alive a customer buys as a Poisson process
 * with rate λ ~ Gamma(r, α), and stays alive for an exponential lifetime with rate μ ~ Gamma(s, β), at any time (not
 * only after a purchase, as in BG/NBD). A customer is summarised as in {@link BgNbd} by x, t_x and T, in weeks.
 * The expressions are those of Fader and Hardie, "A Note on Deriving the Pareto/NBD Model and Related Expressions"
 * (2005).
 *
 * @param r     shape of the purchase-rate gamma
 * @param alpha scale of the purchase-rate gamma (in the time unit)
 * @param s     shape of the dropout-rate gamma
 * @param beta  scale of the dropout-rate gamma (in the time unit)
 */
record ParetoNbd(double r, double alpha, double s, double beta) implements PurchaseForecast {

    /** At s = 1 the conditional expectation is 0/0; within this distance its limit is used. */
    private static final double NEAR_ONE = 1e-9;

    /** Checks that every parameter is positive and finite. */
    ParetoNbd {
        for (double value : new double[] {r, alpha, s, beta}) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("Pareto/NBD parameters must be positive and finite: r=" + r
                        + ", alpha=" + alpha + ", s=" + s + ", beta=" + beta);
            }
        }
    }

    /**
     * One customer's log-likelihood (Fader and Hardie 2005 note, eq. 22-24):
     * L = Γ(r+x) α^r β^s / Γ(r) [1 / ((α+T)^(r+x) (β+T)^s) + s / (r+s+x) A0], where for α ≥ β
     * A0 = 2F1(r+s+x, s+1; r+s+x+1; (α-β)/(α+t_x)) / (α+t_x)^(r+s+x) - the same at T, and for α < β
     * A0 = 2F1(r+s+x, r+x; r+s+x+1; (β-α)/(β+t_x)) / (β+t_x)^(r+s+x) - the same at T; both forms keep the series'
     * argument in [0, 1) ({@link Hypergeometric#withCOneAboveA}, quick up to 1). Computed in log space; the two
     * terms are added by log-sum-exp.
     *
     * @param x    repeat purchases
     * @param tx   time of the last purchase, 0 <= t_x <= T
     * @param tCal time observed, T
     * @return ln L(r, α, s, β | x, t_x, T)
     */
    double logLikelihood(int x, double tx, double tCal) {
        double lnAlive = lnAliveTerm(x, tCal);
        double lnA0 = lnA0(x, tx, tCal);
        double lnDead = Math.log(s / (r + s + x)) + lnA0;
        double max = Math.max(lnAlive, lnDead);
        return lnPrefix(x) + max + Math.log(Math.exp(lnAlive - max) + Math.exp(lnDead - max));
    }

    /**
     * P(alive | x, t_x, T) = Γ(r+x) α^r β^s / (Γ(r) (α+T)^(r+x) (β+T)^s L) (Fader and Hardie 2005 note, eq. 25).
     *
     * @param x    repeat purchases
     * @param tx   time of the last purchase
     * @param tCal time observed, T
     * @return the probability that the customer is still alive at T
     */
    @Override
    public double pAlive(int x, double tx, double tCal) {
        return Math.exp(lnPrefix(x) + lnAliveTerm(x, tCal) - logLikelihood(x, tx, tCal));
    }

    /**
     * E[Y(t) | x, t_x, T] = P(alive) (r+x)(β+T) / ((α+T)(s-1)) [1 - ((β+T)/(β+T+t))^(s-1)] (Fader and Hardie 2005
     * note, eq. 26); at s = 1 its limit P(alive) (r+x)(β+T)/(α+T) ln((β+T+t)/(β+T)).
     *
     * @param horizon the forecast period t >= 0, in the model's time unit
     * @param x       repeat purchases
     * @param tx      time of the last purchase
     * @param tCal    time observed, T
     * @return the expected number of purchases in (T, T + horizon]
     */
    @Override
    public double expectedPurchases(double horizon, int x, double tx, double tCal) {
        if (!(horizon >= 0) || Double.isInfinite(horizon)) {
            throw new IllegalArgumentException("forecast horizon must be finite and >= 0, got " + horizon);
        }
        double lnRatio = Math.log((beta + tCal + horizon) / (beta + tCal));
        double growth = Math.abs(s - 1) < NEAR_ONE ? lnRatio : -Math.expm1(-(s - 1) * lnRatio) / (s - 1);
        return pAlive(x, tx, tCal) * (r + x) * (beta + tCal) / (alpha + tCal) * growth;
    }

    /** @return ln(Γ(r+x) α^r β^s / Γ(r)) */
    private double lnPrefix(int x) {
        return LogGamma.of(r + x) - LogGamma.of(r) + r * Math.log(alpha) + s * Math.log(beta);
    }

    /** @return ln(1 / ((α+T)^(r+x) (β+T)^s)) */
    private double lnAliveTerm(int x, double tCal) {
        return -(r + x) * Math.log(alpha + tCal) - s * Math.log(beta + tCal);
    }

    /** @return ln A0, or -∞ when A0 is 0 (t_x = T) */
    private double lnA0(int x, double tx, double tCal) {
        double m = r + s + x;
        boolean alphaLarger = alpha >= beta;
        double base = alphaLarger ? alpha : beta;
        double b = alphaLarger ? s + 1 : r + x;
        double difference = Math.abs(alpha - beta);
        double atTx = Math.log(Hypergeometric.withCOneAboveA(m, b, difference / (base + tx))) - m * Math.log(base + tx);
        double atT = Math.log(Hypergeometric.withCOneAboveA(m, b, difference / (base + tCal)))
                - m * Math.log(base + tCal);
        if (!(atT < atTx)) {
            return Double.NEGATIVE_INFINITY;
        }
        return atTx + Math.log(-Math.expm1(atT - atTx));
    }
}
