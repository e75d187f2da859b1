package io.customerlens.plugins.lifetimevalue;

/**
 * The BG/NBD model of Fader, Hardie and Lee (2005): while alive a customer buys as a Poisson process with
 * rate λ ~ Gamma(r, α); after each repeat purchase the customer drops out with probability p ~ Beta(a, b).
 * A customer is summarised by x (repeat purchases), t_x (time of the last purchase) and T (time observed),
 * all measured from the first purchase in one time unit (this plugin uses weeks).
 *
 * @param r     shape of the purchase-rate gamma
 * @param alpha scale of the purchase-rate gamma (in the time unit)
 * @param a     first shape of the dropout beta
 * @param b     second shape of the dropout beta
 */
record BgNbd(double r, double alpha, double a, double b) {

    /** Eq. 10 is 0/0 at a = 1: near it, the mean of the values at 1 - NEAR_ONE and 1 + NEAR_ONE is used. */
    private static final double NEAR_ONE = 1e-5;

    /** Checks that every parameter is positive and finite. */
    BgNbd {
        for (double value : new double[] {r, alpha, a, b}) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("BG/NBD parameters must be positive and finite: r=" + r
                        + ", alpha=" + alpha + ", a=" + a + ", b=" + b);
            }
        }
    }

    /**
     * One customer's log-likelihood, FHL 2005 eq. 6 in log space:
     * ln A1 = lnΓ(r+x) - lnΓ(r) + r ln α; ln A2 = lnΓ(a+b) + lnΓ(b+x) - lnΓ(b) - lnΓ(a+b+x);
     * ln A3 = -(r+x) ln(α+T); ln A4 = ln a - ln(b+x-1) - (r+x) ln(α+t_x) for x > 0;
     * LL = ln A1 + ln A2 + ln(e^{ln A3} + δ(x>0) e^{ln A4}), the last by log-sum-exp.
     *
     * @param x    repeat purchases
     * @param tx   time of the last purchase, 0 <= t_x <= T
     * @param tCal time observed, T
     * @return ln L(r, α, a, b | x, t_x, T)
     */
    double logLikelihood(int x, double tx, double tCal) {
        return logLikelihood(countPart(x), x, tx, tCal);
    }

    /**
     * ln A1 + ln A2, the part of the log-likelihood that depends on x alone: a fit computes it once per distinct x
     * instead of once per customer, which saves four of its six ln Γ per customer.
     *
     * @param x repeat purchases
     * @return ln A1 + ln A2
     */
    double countPart(int x) {
        double lnA1 = LogGamma.of(r + x) - LogGamma.of(r) + r * Math.log(alpha);
        double lnA2 = LogGamma.of(a + b) + LogGamma.of(b + x) - LogGamma.of(b) - LogGamma.of(a + b + x);
        return lnA1 + lnA2;
    }

    /**
     * @param countPart {@link #countPart(int)} of x
     * @param x         repeat purchases
     * @param tx        time of the last purchase, 0 <= t_x <= T
     * @param tCal      time observed, T
     * @return ln L(r, α, a, b | x, t_x, T)
     */
    double logLikelihood(double countPart, int x, double tx, double tCal) {
        double lnA3 = -(r + x) * Math.log(alpha + tCal);
        if (x == 0) {
            return countPart + lnA3;
        }
        double lnA4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        double max = Math.max(lnA3, lnA4);
        return countPart + max + Math.log(Math.exp(lnA3 - max) + Math.exp(lnA4 - max));
    }

    /**
     * P(alive | x, t_x, T) = 1 / (1 + δ(x>0) a / (b+x-1) ((α+T) / (α+t_x))^(r+x)) (Fader, Hardie and Lee 2008
     * note "Computing P(alive) Using the BG/NBD Model"). It is 1 for x = 0: the model lets a customer drop
     * out only right after a repeat purchase.
     *
     * @param x    repeat purchases
     * @param tx   time of the last purchase
     * @param tCal time observed, T
     * @return the probability that the customer is still active
     */
    double pAlive(int x, double tx, double tCal) {
        if (x == 0) {
            return 1;
        }
        double lnOdds = Math.log(a) - Math.log(b + x - 1)
                + (r + x) * (Math.log(alpha + tCal) - Math.log(alpha + tx));
        return 1 / (1 + Math.exp(lnOdds));
    }

    /**
     * E[Y(horizon) | x, t_x, T], the expected purchases in the next {@code horizon} time units, FHL 2005
     * eq. 10: P(alive) (a+b+x-1)/(a-1) [1 - ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; t/(α+T+t))].
     * The factor and the series are multiplied in log space ({@link Hypergeometric#scaled}): for frequent
     * buyers over long horizons the series alone exceeds the double range while the factor underflows.
     * Domain: a+b+x-1 not 0 or a negative integer (only possible for x = 0 with a + b <= 1); at a = 1 the
     * formula is 0/0, so within 5e-6 of it the mean of the values at 1 +- 1e-5 is used (error about 1e-10:
     * rounding in the difference against the curvature in a).
     *
     * @param horizon the forecast period t >= 0, in the model's time unit
     * @param x       repeat purchases
     * @param tx      time of the last purchase
     * @param tCal    time observed, T
     * @return the expected number of purchases in (T, T + horizon]
     */
    double expectedPurchases(double horizon, int x, double tx, double tCal) {
        if (!(horizon >= 0) || Double.isInfinite(horizon)) {
            throw new IllegalArgumentException("forecast horizon must be finite and >= 0, got " + horizon);
        }
        if (horizon == 0) {
            return 0;
        }
        if (Math.abs(a - 1) < NEAR_ONE / 2) {
            return (new BgNbd(r, alpha, 1 - NEAR_ONE, b).expectedPurchases(horizon, x, tx, tCal)
                    + new BgNbd(r, alpha, 1 + NEAR_ONE, b).expectedPurchases(horizon, x, tx, tCal)) / 2;
        }
        double z = horizon / (alpha + tCal + horizon);
        double logFactor = (r + x) * Math.log((alpha + tCal) / (alpha + tCal + horizon));
        double weighted = Hypergeometric.scaled(r + x, b + x, a + b + x - 1, z, logFactor);
        return pAlive(x, tx, tCal) * (a + b + x - 1) / (a - 1) * (1 - weighted);
    }
}
