package io.customerlens.plugins.lifetimevalue;

/**
 * The BG/BB model of Fader, Hardie and Shang (2010) for discrete transaction opportunities (one per period, e.g. a
 * yearly donation drive): while alive a customer transacts at each opportunity with probability p ~ Beta(α, β), and
 * before each opportunity drops out with probability θ ~ Beta(γ, δ). A customer is summarised by x (transactions
 * in the n opportunities after the first), t_x (the opportunity of the last one, 0 if none) and n.
 *
 * @param alpha first shape of the transaction beta
 * @param beta  second shape of the transaction beta
 * @param gamma first shape of the dropout beta
 * @param delta second shape of the dropout beta
 */
record BgBb(double alpha, double beta, double gamma, double delta) {

    /** E[X(n, n+n*)] is 0/0 at γ = 1: near it, the mean of the values at 1 - NEAR_ONE and 1 + NEAR_ONE is used. */
    private static final double NEAR_ONE = 1e-5;

    /** Checks that every parameter is positive and finite. */
    BgBb {
        for (double value : new double[] {alpha, beta, gamma, delta}) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("BG/BB parameters must be positive and finite: alpha=" + alpha
                        + ", beta=" + beta + ", gamma=" + gamma + ", delta=" + delta);
            }
        }
    }

    /**
     * One customer's log-likelihood (Fader, Hardie and Shang 2010, eq. 5):
     * L = B(α+x, β+n-x)/B(α,β) B(γ, δ+n)/B(γ,δ) + Σ_{i=0}^{n-t_x-1} B(α+x, β+t_x-x+i)/B(α,β) B(γ+1, δ+t_x+i)/B(γ,δ),
     * the terms added in log space.
     *
     * @param x  transactions, 0 <= x <= t_x
     * @param tx opportunity of the last transaction, x <= t_x <= n (0 if none)
     * @param n  opportunities observed
     * @return ln L(α, β, γ, δ | x, t_x, n)
     */
    double logLikelihood(int x, int tx, int n) {
        check(x, tx, n);
        double aliveThroughN = lnAliveThroughN(x, n);
        double max = aliveThroughN;
        double[] terms = new double[n - tx];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = lnBeta(alpha + x, beta + tx - x + i) - lnBeta(alpha, beta)
                    + lnBeta(gamma + 1, delta + tx + i) - lnBeta(gamma, delta);
            max = Math.max(max, terms[i]);
        }
        double sum = Math.exp(aliveThroughN - max);
        for (double term : terms) {
            sum += Math.exp(term - max);
        }
        return max + Math.log(sum);
    }

    /**
     * P(alive at n+1 | x, t_x, n) = B(α+x, β+n-x)/B(α,β) B(γ, δ+n+1)/B(γ,δ) / L (Fader, Hardie and Shang 2010, eq. 11).
     *
     * @param x  transactions
     * @param tx opportunity of the last transaction
     * @param n  opportunities observed
     * @return the probability that the customer is alive at the next opportunity
     */
    double pAlive(int x, int tx, int n) {
        return Math.exp(lnBeta(alpha + x, beta + n - x) - lnBeta(alpha, beta)
                + lnBeta(gamma, delta + n + 1) - lnBeta(gamma, delta) - logLikelihood(x, tx, n));
    }

    /**
     * E[X(n, n+n*) | x, t_x, n], the expected transactions in the next n* opportunities (Fader, Hardie and Shang
     * 2010, eq. 13): B(α+x+1, β+n-x)/B(α,β) / L · δ/(γ-1) · Γ(γ+δ)/Γ(1+δ)
     * · [Γ(1+δ+n)/Γ(γ+δ+n) - Γ(1+δ+n+n*)/Γ(γ+δ+n+n*)].
     *
     * @param future the opportunities ahead, n* >= 0
     * @param x      transactions
     * @param tx     opportunity of the last transaction
     * @param n      opportunities observed
     * @return the expected number of transactions in opportunities n+1 .. n+n*
     */
    double expectedTransactions(int future, int x, int tx, int n) {
        if (future < 0) {
            throw new IllegalArgumentException("future opportunities must be >= 0, got " + future);
        }
        if (future == 0) {
            return 0;
        }
        if (Math.abs(gamma - 1) < NEAR_ONE / 2) {
            return (new BgBb(alpha, beta, 1 - NEAR_ONE, delta).expectedTransactions(future, x, tx, n)
                    + new BgBb(alpha, beta, 1 + NEAR_ONE, delta).expectedTransactions(future, x, tx, n)) / 2;
        }
        double lnLead = lnBeta(alpha + x + 1, beta + n - x) - lnBeta(alpha, beta) - logLikelihood(x, tx, n)
                + LogGamma.of(gamma + delta) - LogGamma.of(1 + delta);
        double now = LogGamma.of(1 + delta + n) - LogGamma.of(gamma + delta + n);
        double later = LogGamma.of(1 + delta + n + future) - LogGamma.of(gamma + delta + n + future);
        // e^now - e^later = e^now (1 - e^(later - now)), with the sign of γ - 1 carried by both factors
        return Math.exp(lnLead + now) * -Math.expm1(later - now) * delta / (gamma - 1);
    }

    private double lnAliveThroughN(int x, int n) {
        return lnBeta(alpha + x, beta + n - x) - lnBeta(alpha, beta) + lnBeta(gamma, delta + n) - lnBeta(gamma, delta);
    }

    private static double lnBeta(double a, double b) {
        return LogGamma.of(a) + LogGamma.of(b) - LogGamma.of(a + b);
    }

    private static void check(int x, int tx, int n) {
        if (x < 0 || tx < x || n < tx || (x == 0) != (tx == 0)) {
            throw new IllegalArgumentException("BG/BB needs 0 <= x <= t_x <= n, t_x = 0 exactly when x = 0; got x="
                    + x + ", t_x=" + tx + ", n=" + n);
        }
    }
}
