package io.customerlens.plugins.lifetimevalue;

/**
 * The shifted-beta-geometric (sBG) model of contractual retention of Fader and Hardie (2007), "How to Project
 * Customer Retention", Journal of Interactive Marketing 21(1): each customer renews at the end of every period
 * with a constant probability 1 - θ, and the churn probability θ varies across customers as Beta(α, β). Periods are
 * counted from the start of the contract: period 1 is the first renewal decision.
 *
 * @param alpha first shape of the churn beta
 * @param beta  second shape of the churn beta
 */
record ShiftedBetaGeometric(double alpha, double beta) {

    /** Checks that both parameters are positive and finite. */
    ShiftedBetaGeometric {
        if (!(alpha > 0) || !(beta > 0) || Double.isInfinite(alpha) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("sBG parameters must be positive and finite: alpha=" + alpha
                    + ", beta=" + beta);
        }
    }

    /**
     * @param period t >= 1
     * @return P(T = t) = B(α+1, β+t-1) / B(α, β), the probability of churning at the end of period t (eq. 6)
     */
    double churnAt(int period) {
        requirePeriod(period, 1);
        return Math.exp(lnBeta(alpha + 1, beta + period - 1) - lnBeta(alpha, beta));
    }

    /**
     * @param period t >= 0
     * @return S(t) = B(α, β+t) / B(α, β), the share of a cohort still customers after t periods (eq. 7)
     */
    double survival(int period) {
        requirePeriod(period, 0);
        return Math.exp(lnBeta(alpha, beta + period) - lnBeta(alpha, beta));
    }

    /**
     * @param period t >= 1
     * @return r_t = S(t) / S(t-1) = (β+t-1) / (α+β+t-1), the retention rate of period t, which grows with t as the
     *         customers likeliest to churn leave (eq. 8)
     */
    double retentionRate(int period) {
        requirePeriod(period, 1);
        return (beta + period - 1) / (alpha + beta + period - 1);
    }

    /**
     * The discounted expected residual lifetime of a customer who has made n-1 renewals and is about to pay for
     * period n: DERL = Σ_{t>=n} S(t)/S(n-1) (1+d)^-(t-n) = (β+n-1)/(α+β+n-1) 2F1(1, β+n; α+β+n; 1/(1+d)) (Fader and
     * Hardie 2010, "Customer-Base Valuation in a Contractual Setting", eq. 6), in payments: multiply by the payment
     * per period for a value.
     *
     * @param discountRate d > 0 per period
     * @param renewals     n - 1 >= 0 renewals made so far
     * @return the expected number of discounted payments from now on, this one included
     */
    double discountedExpectedResidualLifetime(double discountRate, int renewals) {
        if (!(discountRate > 0) || Double.isInfinite(discountRate)) {
            throw new IllegalArgumentException("discount rate must be positive and finite, got " + discountRate);
        }
        requirePeriod(renewals, 0);
        int n = renewals + 1;
        return (beta + n - 1) / (alpha + beta + n - 1)
                * Hypergeometric.f21(1, beta + n, alpha + beta + n, 1 / (1 + discountRate));
    }

    /**
     * @param tenure the periods a customer was seen for, and whether they churned at the end of the last
     * @return ln P(T = t) for a churned customer, ln S(t) for one still a customer after t periods
     */
    double logLikelihood(Tenure tenure) {
        return tenure.churned()
                ? lnBeta(alpha + 1, beta + tenure.periods() - 1) - lnBeta(alpha, beta)
                : lnBeta(alpha, beta + tenure.periods()) - lnBeta(alpha, beta);
    }

    /**
     * How long a customer was seen.
     *
     * @param periods periods observed: for a churned customer the period at whose end they left (>= 1)
     * @param churned whether they left; false for a customer still there after {@code periods} periods
     */
    record Tenure(int periods, boolean churned) {
        Tenure {
            if (periods < (churned ? 1 : 0)) {
                throw new IllegalArgumentException("a tenure needs periods >= " + (churned ? 1 : 0) + ", got " + periods);
            }
        }
    }

    private static double lnBeta(double a, double b) {
        return LogGamma.of(a) + LogGamma.of(b) - LogGamma.of(a + b);
    }

    private static void requirePeriod(int period, int least) {
        if (period < least) {
            throw new IllegalArgumentException("period must be >= " + least + ", got " + period);
        }
    }
}
