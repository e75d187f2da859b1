package io.customerlens.sdk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Statistics of the customer population that models may compare a customer against, computed by the
 * server over customers with at least one order and given to models that declare
 * {@link CustomerData#POPULATION}.
 *
 * @param customers    number of customers the statistics cover
 * @param recencyDays  days since the last order, as of {@code asOf}
 * @param frequency    number of orders
 * @param monetary     total spend
 * @param asOf         the date recency was measured at
 * @param purchasePatterns every buying customer's purchase pattern as of {@code asOf}, given only to models
 *                     that declare {@link CustomerData#PURCHASE_PATTERNS}, otherwise empty (since 1.1.0)
 * @param memberships  every membership with a start date that began by {@code asOf} (one ended after {@code asOf}
 *                     as still running), given only to models that declare {@link CustomerData#MEMBERSHIPS},
 *                     otherwise empty (since 1.3.0)
 */
public record PopulationStatistics(long customers, Quantiles recencyDays, Quantiles frequency, Quantiles monetary,
                                   LocalDate asOf, List<PurchasePattern> purchasePatterns,
                                   List<MembershipSpan> memberships) {

    /** No population: every distribution is empty. */
    public static final PopulationStatistics EMPTY =
            new PopulationStatistics(0, Quantiles.EMPTY, Quantiles.EMPTY, Quantiles.EMPTY, null, List.of());

    /** Checks the fields. */
    public PopulationStatistics {
        Objects.requireNonNull(recencyDays, "recencyDays");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(monetary, "monetary");
        purchasePatterns = purchasePatterns == null ? List.of() : List.copyOf(purchasePatterns);
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
    }

    /**
     * The statistics of these customers on a date, computed the way the server computes them for its population:
     * recency (whole UTC days to {@code asOf}, never negative), frequency and monetary quantiles over the customers
     * with at least one order, every purchase pattern as of {@code asOf} and every membership as known on
     * {@code asOf}. For tests of models, and for a population as it was at a past date.
     *
     * @param customers the customers, with their order histories
     * @param asOf      the date
     * @return the statistics with purchase patterns and memberships
     * @since 1.3.0
     */
    public static PopulationStatistics of(List<CustomerSnapshot> customers, LocalDate asOf) {
        List<OrderSummary> buyers = customers.stream().map(CustomerSnapshot::orderSummary)
                .filter(summary -> summary.count() > 0).toList();
        double[] recency = buyers.stream().mapToDouble(summary -> summary.daysSinceLastOrder(asOf)).toArray();
        double[] frequency = buyers.stream().mapToDouble(OrderSummary::count).toArray();
        double[] monetary = buyers.stream().mapToDouble(OrderSummary::total).toArray();
        List<PurchasePattern> patterns = customers.stream().map(c -> PurchasePattern.of(c.orders(), asOf))
                .filter(Objects::nonNull).toList();
        List<MembershipSpan> memberships = customers.stream().map(c -> c.profile().membership())
                .filter(Objects::nonNull).map(span -> span.asOf(asOf)).filter(Objects::nonNull).toList();
        return new PopulationStatistics(buyers.size(), Quantiles.of(recency), Quantiles.of(frequency),
                Quantiles.of(monetary), asOf, patterns, memberships);
    }

    /**
     * The 1.1 form, without memberships.
     *
     * @param customers        number of customers covered
     * @param recencyDays      days since the last order
     * @param frequency        number of orders
     * @param monetary         total spend
     * @param asOf             the measurement date
     * @param purchasePatterns every buyer's purchase pattern
     */
    public PopulationStatistics(long customers, Quantiles recencyDays, Quantiles frequency, Quantiles monetary,
                                LocalDate asOf, List<PurchasePattern> purchasePatterns) {
        this(customers, recencyDays, frequency, monetary, asOf, purchasePatterns, List.of());
    }

    /**
     * The 1.0 form, without purchase patterns.
     *
     * @param customers   number of customers covered
     * @param recencyDays days since the last order
     * @param frequency   number of orders
     * @param monetary    total spend
     * @param asOf        the measurement date
     */
    public PopulationStatistics(long customers, Quantiles recencyDays, Quantiles frequency, Quantiles monetary,
                                LocalDate asOf) {
        this(customers, recencyDays, frequency, monetary, asOf, List.of());
    }

    /**
     * @param patterns purchase patterns to add
     * @return these statistics with the given purchase patterns
     */
    public PopulationStatistics withPurchasePatterns(List<PurchasePattern> patterns) {
        return new PopulationStatistics(customers, recencyDays, frequency, monetary, asOf, patterns, memberships);
    }

    /**
     * @param spans memberships to add
     * @return these statistics with the given memberships
     * @since 1.3.0
     */
    public PopulationStatistics withMemberships(List<MembershipSpan> spans) {
        return new PopulationStatistics(customers, recencyDays, frequency, monetary, asOf, purchasePatterns, spans);
    }
}
