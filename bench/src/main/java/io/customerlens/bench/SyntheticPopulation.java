package io.customerlens.bench;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.OrderRecord;
import io.customerlens.sdk.OrderSummary;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.PurchasePattern;
import io.customerlens.sdk.Quantiles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded population of buying customers with their orders, and the statistics the server would compute over it,
 * so that benchmarks score realistic, varied customers rather than one customer over and over.
 *
 * @param customers  every customer, each with at least one order
 * @param statistics recency, frequency and monetary quantiles plus every purchase pattern, as of {@code asOf}
 * @param asOf       the evaluation date
 */
public record SyntheticPopulation(CustomerSnapshot[] customers, PopulationStatistics statistics, LocalDate asOf) {

    /** The evaluation date of every synthetic population. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    /**
     * @param size how many customers
     * @param seed the random seed
     * @return the population: purchases as a Poisson process at a gamma-ish rate over up to three years
     */
    public static SyntheticPopulation generate(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant end = AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant();
        CustomerSnapshot[] customers = new CustomerSnapshot[size];
        double[] recency = new double[size];
        double[] frequency = new double[size];
        double[] monetary = new double[size];
        List<PurchasePattern> patterns = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            LocalDate joined = AS_OF.minusDays(random.nextInt(30, 3 * 365));
            double perYear = 0.5 + random.nextDouble() * random.nextDouble() * 12;
            double spend = Math.exp(3.6 + 0.55 * random.nextGaussian());
            List<OrderRecord> orders = new ArrayList<>();
            Instant at = joined.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(random.nextLong(1, 86_400));
            do {
                double amount = Math.round(Math.max(1, spend * Math.exp(0.35 * random.nextGaussian())) * 100) / 100.0;
                orders.add(new OrderRecord(at, amount, 1 + random.nextInt(4), 0, "web"));
                double gapDays = -Math.log(1 - random.nextDouble()) * 365 / perYear;
                at = at.plusSeconds((long) (gapDays * 86_400) + 3600);
            } while (at.isBefore(end) && random.nextDouble() > 0.02);
            double total = orders.stream().mapToDouble(OrderRecord::amount).sum();
            Instant last = orders.get(orders.size() - 1).orderedAt();
            OrderSummary summary = new OrderSummary(orders.size(), total, orders.get(0).orderedAt(), last);
            CustomerSnapshot.Builder builder = CustomerSnapshot.builder("c" + i).joinedOn(joined).orderSummary(summary);
            orders.forEach(builder::order);
            customers[i] = builder.build();
            recency[i] = ChronoUnit.DAYS.between(last.atZone(ZoneOffset.UTC).toLocalDate(), AS_OF);
            frequency[i] = orders.size();
            monetary[i] = total;
            patterns.add(PurchasePattern.of(orders, AS_OF));
        }
        PopulationStatistics statistics = new PopulationStatistics(size, Quantiles.of(recency), Quantiles.of(frequency),
                Quantiles.of(monetary), AS_OF).withPurchasePatterns(patterns);
        return new SyntheticPopulation(customers, statistics, AS_OF);
    }
}
