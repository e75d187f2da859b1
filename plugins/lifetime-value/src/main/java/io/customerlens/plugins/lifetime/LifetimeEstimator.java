package io.customerlens.plugins.lifetime;

import io.customerlens.sdk.PurchasePattern;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Fits BG/NBD and Gamma-Gamma by maximum likelihood with {@link NelderMead} on the logarithms of the
 * parameters, which keeps them positive. Starts: r = α = a = b = 1 (weeks) and p = q = 1 with γ = 1 on
 * purchase values divided by their mean, so the start suits any currency; both converge from there on CDNOW.
 * The search stays within e^-20..e^20 of those units: a population that does not identify a parameter
 * (e.g. every customer alike) drives it to that bound instead of to overflow.
 */
final class LifetimeEstimator {

    static final int MIN_CUSTOMERS = 10;
    static final double LOG_BOUND = 20;

    private static final Comparator<WeeklyPattern> BY_TIMING = Comparator.comparingInt(WeeklyPattern::x)
            .thenComparingDouble(WeeklyPattern::tx).thenComparingDouble(WeeklyPattern::tCal);
    private static final Comparator<WeeklyPattern> BY_SPEND = Comparator.comparingInt(WeeklyPattern::x)
            .thenComparingDouble(WeeklyPattern::zbar);

    /**
     * A fitted model with its log-likelihood and the search effort.
     *
     * @param model         the estimate
     * @param logLikelihood the log-likelihood at the estimate, in the data's own units
     * @param evaluations   likelihood evaluations
     * @param runs          Nelder-Mead runs (1 + restarts)
     */
    record Estimate<M>(M model, double logLikelihood, int evaluations, int runs) {
    }

    private LifetimeEstimator() {
    }

    /**
     * @param patterns every buying customer's purchase pattern, in days
     * @return both fits
     * @throws IllegalStateException with fewer than {@value #MIN_CUSTOMERS} customers or no repeat buyer with
     *                               a positive repeat value
     */
    static LifetimeFit estimate(List<PurchasePattern> patterns) {
        List<WeeklyPattern> weekly = patterns.stream().map(WeeklyPattern::of).toList();
        List<WeeklyPattern> repeatBuyers = weekly.stream().filter(WeeklyPattern::repeatBuyer).toList();
        requireCustomers(weekly.size());
        // Spend first: it is quick and fails fast on a population without repeat buyers.
        Estimate<GammaGamma> spend = fitGammaGamma(repeatBuyers);
        Estimate<BgNbd> purchases = fitBgNbd(weekly);
        BgNbd bg = purchases.model();
        GammaGamma gg = spend.model();
        return new LifetimeFit(bg.r(), bg.alpha(), bg.a(), bg.b(), purchases.logLikelihood(),
                gg.p(), gg.q(), gg.gamma(), weekly.size(), repeatBuyers.size());
    }

    /**
     * @param customers customers in weeks
     * @return the BG/NBD maximum-likelihood estimate
     * @throws IllegalStateException with fewer than {@value #MIN_CUSTOMERS} customers
     */
    static Estimate<BgNbd> fitBgNbd(List<WeeklyPattern> customers) {
        requireCustomers(customers.size());
        Map<WeeklyPattern, Integer> groups = group(customers, BY_TIMING);
        Function<double[], BgNbd> model = theta -> new BgNbd(Math.exp(theta[0]), Math.exp(theta[1]),
                Math.exp(theta[2]), Math.exp(theta[3]));
        return maximise(groups, model, () -> new Likelihood<>() {
            // The groups come sorted by x, so the part that depends on x alone is computed once per x and candidate.
            private BgNbd candidate;
            private int x = -1;
            private double countPart;

            @Override
            public double of(BgNbd bg, WeeklyPattern c) {
                if (bg != candidate || c.x() != x) {
                    candidate = bg;
                    x = c.x();
                    countPart = bg.countPart(x);
                }
                return bg.logLikelihood(countPart, c.x(), c.tx(), c.tCal());
            }
        }, 4);
    }

    /**
     * @param repeatBuyers customers with x > 0 and zbar > 0
     * @return the Gamma-Gamma maximum-likelihood estimate, γ in the data's currency units
     * @throws IllegalStateException without repeat buyers
     */
    static Estimate<GammaGamma> fitGammaGamma(List<WeeklyPattern> repeatBuyers) {
        if (repeatBuyers.isEmpty()) {
            throw new IllegalStateException("Gamma-Gamma needs at least one repeat buyer with a positive repeat"
                    + " purchase value to fit, got none");
        }
        // Fit on values divided by their mean: p and q do not depend on the unit, γ scales with it,
        // and the log-likelihood shifts by -n ln(scale).
        double scale = repeatBuyers.stream().mapToDouble(WeeklyPattern::zbar).average().orElseThrow();
        List<WeeklyPattern> scaled = repeatBuyers.stream()
                .map(c -> new WeeklyPattern(c.x(), c.tx(), c.tCal(), c.zbar() / scale)).toList();
        Function<double[], GammaGamma> model = theta -> new GammaGamma(Math.exp(theta[0]), Math.exp(theta[1]),
                Math.exp(theta[2]));
        Estimate<GammaGamma> unit = maximise(group(scaled, BY_SPEND), model,
                () -> (gg, c) -> gg.logLikelihood(c.x(), c.zbar()), 3);
        GammaGamma gg = unit.model();
        return new Estimate<>(new GammaGamma(gg.p(), gg.q(), gg.gamma() * scale),
                unit.logLikelihood() - repeatBuyers.size() * Math.log(scale), unit.evaluations(), unit.runs());
    }

    private static void requireCustomers(int customers) {
        if (customers < MIN_CUSTOMERS) {
            throw new IllegalStateException("BG/NBD needs at least " + MIN_CUSTOMERS
                    + " customers with a purchase pattern to fit, got " + customers);
        }
    }

    /** The log-likelihood of one customer under a model. */
    private interface Likelihood<M> {
        double of(M model, WeeklyPattern customer);
    }

    /**
     * Sums the log-likelihood over the groups in this many fixed slices, side by side: a fixed number (not one per
     * core) so that the sum, and with it the estimate, is the same on every machine.
     */
    private static final int SLICES = 8;

    /** @param likelihood makes one likelihood per slice: a likelihood may keep state between customers */
    private static <M> Estimate<M> maximise(Map<WeeklyPattern, Integer> groups, Function<double[], M> model,
                                            Supplier<Likelihood<M>> likelihood, int dimensions) {
        WeeklyPattern[] patterns = groups.keySet().toArray(WeeklyPattern[]::new);
        int[] counts = groups.values().stream().mapToInt(Integer::intValue).toArray();
        ToDoubleFunction<double[]> negative = theta -> {
            for (double t : theta) {
                if (Math.abs(t) > LOG_BOUND) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            M candidate = model.apply(theta);
            double[] slices = IntStream.range(0, SLICES).parallel().mapToDouble(slice -> {
                Likelihood<M> of = likelihood.get();
                double sum = 0;
                for (int i = slice * patterns.length / SLICES; i < (slice + 1) * patterns.length / SLICES; i++) {
                    sum += counts[i] * of.of(candidate, patterns[i]);
                }
                return sum;
            }).toArray();
            double sum = 0;
            for (double slice : slices) {
                sum += slice;
            }
            return -sum;
        };
        // Start at ln 1 = 0 for every parameter.
        NelderMead.Optimum optimum = NelderMead.minimise(negative, new double[dimensions]);
        return new Estimate<>(model.apply(optimum.point()), -optimum.value(), optimum.evaluations(), optimum.runs());
    }

    /** Identical customers, counted once with their number, in a fixed order so sums do not depend on input order. */
    private static Map<WeeklyPattern, Integer> group(List<WeeklyPattern> customers, Comparator<WeeklyPattern> key) {
        Map<WeeklyPattern, Integer> groups = new TreeMap<>(key);
        customers.forEach(c -> groups.merge(c, 1, Integer::sum));
        return groups;
    }
}
