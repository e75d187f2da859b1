package io.customerlens.plugins.loyalty;

import io.customerlens.plugins.loyalty.WeightedIndex.Part;
import io.customerlens.plugins.support.Wording;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.LoyaltyModel;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.OrderSummary;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.pf4j.Extension;

/**
 * Behavioural loyalty index: a weighted mean of repeat purchasing, purchase frequency, tenure and recency,
 * each in [0, 1], on 0-100 points.
 */
@Extension
public class BehaviouralLoyaltyModel implements LoyaltyModel {

    static final Scale SCALE = WeightedIndex.SCALE;

    static final String WEIGHT_REPURCHASE = "weightRepurchase";
    static final String WEIGHT_FREQUENCY = "weightFrequency";
    static final String WEIGHT_TENURE = "weightTenure";
    static final String WEIGHT_RECENCY = "weightRecency";
    static final String FREQUENCY_TARGET = "frequencyTarget";
    static final String TENURE_TARGET_DAYS = "tenureTargetDays";
    static final String RECENCY_HALF_LIFE_DAYS = "recencyHalfLifeDays";

    private static final double DAYS_PER_YEAR = 365.25;
    /** Floor on tenure for the order rate, so a first order last week does not read as 52 orders a year. */
    private static final double MIN_RATE_YEARS = 30 / DAYS_PER_YEAR;

    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("behavioural", ModelFamily.LOYALTY)
            .name("Behavioural loyalty")
            .version("1.0.0")
            .description("Loyalty as shown in buying behaviour: repeat purchasing, purchase frequency, tenure"
                    + " and recency, combined into 0-100 points.")
            .formula("repurchase = (orders - 1) / orders (0 without orders);"
                    + " frequency = min(1, ordersPerYear / frequencyTarget), ordersPerYear = orders /"
                    + " max(tenureYears, 30 / 365.25) (0 without orders); tenure = min(1, tenureDays /"
                    + " tenureTargetDays); recency = 0.5 ^ (daysSinceLastOrder / recencyHalfLifeDays) (0 without"
                    + " orders). tenureDays = days from the earlier of joinedOn and the first order to asOf"
                    + " (0 if neither is known), tenureYears = tenureDays / 365.25."
                    + " score = 100 x sum(w_i x c_i) / sum(w_i). Bands: Highly loyal >= 75, Loyal >= 50,"
                    + " Developing >= 25, Low < 25.")
            .source("Behavioural loyalty as repeat-purchase behaviour: Tucker, W. T. (1964) \"The Development of"
                    + " Brand Loyalty\", Journal of Marketing Research 1(3); Jacoby, J. & Kyner, D. B. (1973)"
                    + " \"Brand Loyalty vs. Repeat Purchasing Behavior\", Journal of Marketing Research 10(1);"
                    + " Dick, A. S. & Basu, K. (1994) \"Customer Loyalty: Toward an Integrated Conceptual"
                    + " Framework\", Journal of the Academy of Marketing Science 22(2) (behavioural dimension)."
                    + " Components, weights and targets are a Customer Lens convention, declared as parameters.")
            .parameter(ParameterSpec.decimal(WEIGHT_REPURCHASE, "Weight of the repeat-purchase share.", 0.30, 0, 1))
            .parameter(ParameterSpec.decimal(WEIGHT_FREQUENCY, "Weight of the purchase frequency.", 0.25, 0, 1))
            .parameter(ParameterSpec.decimal(WEIGHT_TENURE, "Weight of the tenure.", 0.15, 0, 1))
            .parameter(ParameterSpec.decimal(WEIGHT_RECENCY, "Weight of the recency.", 0.30, 0, 1))
            .parameter(ParameterSpec.decimal(FREQUENCY_TARGET,
                    "Orders per year that count as full frequency (1.0).", 12, 0.1, 365))
            .parameter(ParameterSpec.integer(TENURE_TARGET_DAYS,
                    "Days as a customer that count as full tenure (1.0).", 730, 1, 36500))
            .parameter(ParameterSpec.integer(RECENCY_HALF_LIFE_DAYS,
                    "Days since the last order after which recency has halved.", 90, 1, 3650))
            .inputs(CustomerData.PROFILE)
            .scale(SCALE)
            .build();

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
        OrderSummary orders = customer.orderSummary();
        if (orders.count() > 0 && orders.lastOrderAt() == null) {
            throw new IllegalArgumentException("order summary counts " + orders.count()
                    + " orders but has no last order date");
        }
        return score(parts(orders, tenureDays(customer, context.asOf()), context));
    }

    private static List<Part> parts(OrderSummary orders, long tenureDays, ScoringContext context) {
        Parameters p = context.parameters();
        int n = orders.count();
        boolean bought = n > 0;
        double ordersPerYear = bought ? n / Math.max(tenureDays / DAYS_PER_YEAR, MIN_RATE_YEARS) : 0;
        double frequencyTarget = p.decimal(FREQUENCY_TARGET);
        int tenureTarget = p.integer(TENURE_TARGET_DAYS);
        int halfLife = p.integer(RECENCY_HALF_LIFE_DAYS);
        long daysSince = orders.daysSinceLastOrder(context.asOf());
        return List.of(
                new Part("repurchase", p.decimal(WEIGHT_REPURCHASE), bought ? (n - 1) / (double) n : 0,
                        bought ? (n - 1) + " of " + n + " orders were repeat purchases" : "no orders"),
                new Part("frequency", p.decimal(WEIGHT_FREQUENCY), Math.min(1, ordersPerYear / frequencyTarget),
                        bought ? Wording.decimal(ordersPerYear) + " orders a year against a target of "
                                + Wording.decimal(frequencyTarget) : "no orders"),
                new Part("tenure", p.decimal(WEIGHT_TENURE), Math.min(1, tenureDays / (double) tenureTarget),
                        tenureDays + " days as a customer against a target of " + tenureTarget),
                new Part("recency", p.decimal(WEIGHT_RECENCY),
                        bought ? Math.pow(0.5, daysSince / (double) halfLife) : 0,
                        bought ? "last order " + daysSince + " days ago, half-life " + halfLife + " days"
                                : "no orders"));
    }

    private static Score score(List<Part> parts) {
        if (WeightedIndex.totalWeight(parts) <= 0) {
            throw new InvalidParameterException(WEIGHT_REPURCHASE, "at least one weight must be above 0: "
                    + WEIGHT_REPURCHASE + ", " + WEIGHT_FREQUENCY + ", " + WEIGHT_TENURE + " and "
                    + WEIGHT_RECENCY + " are all 0");
        }
        return WeightedIndex.score(parts, "");
    }

    static String band(double value) {
        return WeightedIndex.band(value);
    }

    /** Days from the earlier of joinedOn and the first order to asOf, never negative; 0 if neither is known. */
    static long tenureDays(CustomerSnapshot customer, LocalDate asOf) {
        LocalDate joined = customer.profile().joinedOn();
        LocalDate firstOrder = customer.orderSummary().firstOrderAt() == null ? null
                : customer.orderSummary().firstOrderAt().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate start = joined == null ? firstOrder
                : firstOrder == null || joined.isBefore(firstOrder) ? joined : firstOrder;
        return start == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(start, asOf));
    }
}
