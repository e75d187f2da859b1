package io.customerlens.plugins.lifetimevalue;

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
 * Fits BG/NBD, Pareto/NBD, MBG/NBD, BG/BB, sBG and Gamma-Gamma by maximum likelihood with {@link NelderMead} on the logarithms of the
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
        requireCustomers("BG/NBD", weekly.size());
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
        requireCustomers("BG/NBD", customers.size());
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
     * @param customers every customer's weekly pattern
     * @return the Pareto/NBD maximum-likelihood estimate
     * @throws IllegalStateException with fewer than {@value #MIN_CUSTOMERS} customers
     */
    static Estimate<ParetoNbd> fitParetoNbd(List<WeeklyPattern> customers) {
        requireCustomers("Pareto/NBD", customers.size());
        Function<double[], ParetoNbd> model = theta -> new ParetoNbd(Math.exp(theta[0]), Math.exp(theta[1]),
                Math.exp(theta[2]), Math.exp(theta[3]));
        return maximise(group(customers, BY_TIMING), model, () -> (pnbd, c) -> pnbd.logLikelihood(c.x(), c.tx(), c.tCal()),
                4);
    }

    /**
     * @param customers every customer's weekly pattern
     * @return the MBG/NBD maximum-likelihood estimate
     * @throws IllegalStateException with fewer than {@value #MIN_CUSTOMERS} customers
     */
    static Estimate<MbgNbd> fitMbgNbd(List<WeeklyPattern> customers) {
        requireCustomers("MBG/NBD", customers.size());
        Function<double[], MbgNbd> model = theta -> new MbgNbd(Math.exp(theta[0]), Math.exp(theta[1]),
                Math.exp(theta[2]), Math.exp(theta[3]));
        return maximise(group(customers, BY_TIMING), model, () -> (mbg, c) -> mbg.logLikelihood(c.x(), c.tx(), c.tCal()),
                4);
    }

    /**
     * One discrete-time pattern (see {@link BgBb}) and how many customers share it.
     *
     * @param x  transactions after the first
     * @param tx opportunity of the last one, 0 if none
     * @param n  opportunities observed
     */
    record Opportunities(int x, int tx, int n) {
    }

    /**
     * @param customers each pattern with the number of customers who share it
     * @return the BG/BB maximum-likelihood estimate
     * @throws IllegalStateException with fewer than {@value #MIN_CUSTOMERS} customers
     */
    static Estimate<BgBb> fitBgBb(Map<Opportunities, Integer> customers) {
        requireCustomers("BG/BB", customers.values().stream().mapToInt(Integer::intValue).sum());
        Map<Opportunities, Integer> groups = new TreeMap<>(Comparator.comparingInt(Opportunities::x)
                .thenComparingInt(Opportunities::tx).thenComparingInt(Opportunities::n));
        customers.forEach((pattern, count) -> groups.merge(pattern, count, Integer::sum));
        Function<double[], BgBb> model = theta -> new BgBb(Math.exp(theta[0]), Math.exp(theta[1]),
                Math.exp(theta[2]), Math.exp(theta[3]));
        return maximise(groups, model, () -> (bgbb, c) -> bgbb.logLikelihood(c.x(), c.tx(), c.n()), 4);
    }

    /**
     * @param alive the customers of one cohort still there at the start of periods 0, 1, 2, ... (non-increasing)
     * @return the sBG maximum-likelihood estimate: those lost in period t churned at t, those left at the end are
     *         still customers after the last period
     * @throws IllegalArgumentException when the counts grow or fewer than two periods are given
     */
    static Estimate<ShiftedBetaGeometric> fitShiftedBetaGeometric(List<Integer> alive) {
        if (alive.size() < 2) {
            throw new IllegalArgumentException("sBG needs the cohort at the start and after at least one period");
        }
        Map<ShiftedBetaGeometric.Tenure, Integer> tenures = new TreeMap<>(
                Comparator.comparingInt(ShiftedBetaGeometric.Tenure::periods)
                        .thenComparing(ShiftedBetaGeometric.Tenure::churned));
        for (int t = 1; t < alive.size(); t++) {
            int lost = alive.get(t - 1) - alive.get(t);
            if (lost < 0) {
                throw new IllegalArgumentException("a cohort cannot grow: " + alive.get(t - 1) + " then " + alive.get(t)
                        + " at period " + t);
            }
            tenures.put(new ShiftedBetaGeometric.Tenure(t, true), lost);
        }
        tenures.put(new ShiftedBetaGeometric.Tenure(alive.size() - 1, false), alive.get(alive.size() - 1));
        return fitShiftedBetaGeometric(tenures);
    }

    /**
     * @param tenures each tenure (churned at the end of a period, or still a customer after it) with the number of
     *                customers who share it, from any number of cohorts
     * @return the sBG maximum-likelihood estimate
     * @throws IllegalStateException with fewer than {@value #MIN_CUSTOMERS} customers or none who churned, for which
     *                               the likelihood has no maximum
     */
    static Estimate<ShiftedBetaGeometric> fitShiftedBetaGeometric(Map<ShiftedBetaGeometric.Tenure, Integer> tenures) {
        requireCustomers("sBG", tenures.values().stream().mapToInt(Integer::intValue).sum());
        if (tenures.entrySet().stream().noneMatch(e -> e.getKey().churned() && e.getValue() > 0)) {
            throw new IllegalStateException("sBG needs at least one customer who churned to fit, got none");
        }
        Function<double[], ShiftedBetaGeometric> model = theta ->
                new ShiftedBetaGeometric(Math.exp(theta[0]), Math.exp(theta[1]));
        return maximise(tenures, model, () -> ShiftedBetaGeometric::logLikelihood, 2);
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

    private static void requireCustomers(String model, int customers) {
        if (customers < MIN_CUSTOMERS) {
            throw new IllegalStateException(model + " needs at least " + MIN_CUSTOMERS
                    + " customers with a purchase pattern to fit, got " + customers);
        }
    }

    /** The log-likelihood of one customer under a model. */
    private interface Likelihood<M, P> {
        double of(M model, P customer);
    }

    /**
     * Sums the log-likelihood over the groups in this many fixed slices, side by side: a fixed number (not one per
     * core) so that the sum, and with it the estimate, is the same on every machine.
     */
    private static final int SLICES = 8;

    /** @param likelihood makes one likelihood per slice: a likelihood may keep state between customers */
    private static <M, P> Estimate<M> maximise(Map<P, Integer> groups, Function<double[], M> model,
                                               Supplier<Likelihood<M, P>> likelihood, int dimensions) {
        List<P> patterns = List.copyOf(groups.keySet());
        int[] counts = groups.values().stream().mapToInt(Integer::intValue).toArray();
        ToDoubleFunction<double[]> negative = theta -> {
            for (double t : theta) {
                if (Math.abs(t) > LOG_BOUND) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            M candidate = model.apply(theta);
            double[] slices = IntStream.range(0, SLICES).parallel().mapToDouble(slice -> {
                Likelihood<M, P> of = likelihood.get();
                double sum = 0;
                for (int i = slice * patterns.size() / SLICES; i < (slice + 1) * patterns.size() / SLICES; i++) {
                    sum += counts[i] * of.of(candidate, patterns.get(i));
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
