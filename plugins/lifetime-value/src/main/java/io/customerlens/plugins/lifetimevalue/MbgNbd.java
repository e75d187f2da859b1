package io.customerlens.plugins.lifetimevalue;

/**
 * The MBG/NBD model of Batislam, Denizel and Filiztekin (2007): BG/NBD in which a customer may also drop out right
 * after the first purchase (time 0), not only after each repeat purchase, so that customers without a repeat
 * purchase are not all taken for alive. While alive a customer buys as a Poisson process with rate
 * λ ~ Gamma(r, α); at time 0 and after each repeat purchase the customer drops out with probability p ~ Beta(a, b).
 * Summaries x, t_x and T as in {@link BgNbd}, in weeks.
 *
 * @param r     shape of the purchase-rate gamma
 * @param alpha scale of the purchase-rate gamma (in the time unit)
 * @param a     first shape of the dropout beta
 * @param b     second shape of the dropout beta
 */
record MbgNbd(double r, double alpha, double a, double b) implements PurchaseForecast {

    /** E[Y(t)] is 0/0 at a = 1: near it, the mean of the values at 1 - NEAR_ONE and 1 + NEAR_ONE is used. */
    private static final double NEAR_ONE = 1e-5;

    /** Checks that every parameter is positive and finite. */
    MbgNbd {
        for (double value : new double[] {r, alpha, a, b}) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("MBG/NBD parameters must be positive and finite: r=" + r
                        + ", alpha=" + alpha + ", a=" + a + ", b=" + b);
            }
        }
    }

    /**
     * One customer's log-likelihood (Batislam et al. 2007, eq. 5), in log space:
     * ln A1 = lnΓ(r+x) - lnΓ(r) + r ln α; ln A2 = lnΓ(a+b) + lnΓ(b+x+1) - lnΓ(b) - lnΓ(a+b+x+1);
     * ln A3 = -(r+x) ln(α+T); ln A4 = ln a - ln(b+x) + (r+x)(ln(α+T) - ln(α+t_x));
     * LL = ln A1 + ln A2 + ln A3 + ln(1 + e^{ln A4}), for every x including 0.
     *
     * @param x    repeat purchases
     * @param tx   time of the last purchase, 0 <= t_x <= T
     * @param tCal time observed, T
     * @return ln L(r, α, a, b | x, t_x, T)
     */
    double logLikelihood(int x, double tx, double tCal) {
        double lnA1 = LogGamma.of(r + x) - LogGamma.of(r) + r * Math.log(alpha);
        double lnA2 = LogGamma.of(a + b) + LogGamma.of(b + x + 1) - LogGamma.of(b) - LogGamma.of(a + b + x + 1);
        double lnA3 = -(r + x) * Math.log(alpha + tCal);
        return lnA1 + lnA2 + lnA3 + softplus(lnOdds(x, tx, tCal));
    }

    /**
     * P(alive | x, t_x, T) = 1 / (1 + a / (b+x) ((α+T)/(α+t_x))^(r+x)); below 1 for x = 0 too.
     *
     * @param x    repeat purchases
     * @param tx   time of the last purchase
     * @param tCal time observed, T
     * @return the probability that the customer is still active
     */
    @Override
    public double pAlive(int x, double tx, double tCal) {
        return 1 / (1 + Math.exp(lnOdds(x, tx, tCal)));
    }

    /**
     * E[Y(t) | x, t_x, T] = (a+b+x)/(a-1) [1 - ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x+1; a+b+x; t/(α+T+t))]
     * / (1 + a/(b+x) ((α+T)/(α+t_x))^(r+x)) (Batislam et al. 2007, eq. 8); the factor and the series are multiplied
     * in log space as in {@link BgNbd#expectedPurchases}.
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
        if (horizon == 0) {
            return 0;
        }
        if (Math.abs(a - 1) < NEAR_ONE / 2) {
            return (new MbgNbd(r, alpha, 1 - NEAR_ONE, b).expectedPurchases(horizon, x, tx, tCal)
                    + new MbgNbd(r, alpha, 1 + NEAR_ONE, b).expectedPurchases(horizon, x, tx, tCal)) / 2;
        }
        double z = horizon / (alpha + tCal + horizon);
        double logFactor = (r + x) * Math.log((alpha + tCal) / (alpha + tCal + horizon));
        double weighted = Hypergeometric.scaled(r + x, b + x + 1, a + b + x, z, logFactor);
        return pAlive(x, tx, tCal) * (a + b + x) / (a - 1) * (1 - weighted);
    }

    /** @return ln(a / (b+x) ((α+T)/(α+t_x))^(r+x)), the log-odds of having dropped out */
    private double lnOdds(int x, double tx, double tCal) {
        return Math.log(a) - Math.log(b + x) + (r + x) * (Math.log(alpha + tCal) - Math.log(alpha + tx));
    }

    /** @return ln(1 + e^v) without overflow */
    private static double softplus(double v) {
        return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
    }
}
