package io.customerlens.plugins.valuetier;

import io.customerlens.plugins.support.Wording;
import io.customerlens.plugins.valuetier.Placement.Decision;
import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.OrderSummary;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.PreviousSegment;
import io.customerlens.sdk.Quantiles;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.Segment;
import io.customerlens.sdk.SegmentationModel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Value-tier pyramid: VIP, Extended and Basic service tiers by total spend or order count against the
 * population's quantiles, with a hysteresis margin and a minimum time in tier against flip-flopping.
 */
@Extension
public class ValueTierModel implements SegmentationModel {

    static final String MEASURE = "measure";
    static final String VIP_SHARE = "vipShare";
    static final String EXTENDED_SHARE = "extendedShare";
    static final String MARGIN = "margin";
    static final String MIN_DAYS_IN_TIER = "minDaysInTier";

    static final ModelDescriptor DESCRIPTOR = describe();

    private static ModelDescriptor describe() {
        ModelDescriptor.Builder builder = ModelDescriptor.builder("value-tier", ModelFamily.SEGMENTATION)
                .name("Value-tier pyramid")
                .version("1.0.0")
                .description("Tiered service levels by customer value: the top share of buying customers is VIP,"
                        + " the next share Extended, everyone else Basic; with a margin and a minimum time in tier"
                        + " so that customers near a threshold do not flip between tiers.")
                .formula("value = total spend (measure = spend) or number of orders (measure = orders)."
                        + " Q = type-7 quantile of that measure over customers with at least one order."
                        + " vipThreshold = Q(1 - vipShare), extendedThreshold = Q(1 - vipShare - extendedShare)."
                        + " No orders, or value <= 0: basic. Without a previous tier (or with a previous code"
                        + " that is not vip, extended or basic): vip if value >= vipThreshold, else extended if"
                        + " value >= extendedThreshold, else basic. With a previous tier P held since date S"
                        + " (daysInTier = asOf - S): up to the highest tier T above P with value >= threshold(T)"
                        + " x (1 + margin), skipping a tier if vip qualifies; else down, if P is not basic and"
                        + " value < threshold(P) x (1 - margin) and daysInTier >= minDaysInTier, to the tier of"
                        + " the plain rule; else stay at P. distanceToNextTier = max(0, threshold(next tier up)"
                        + " x (1 + margin if a previous tier is known) - value), 0 for vip.")
                .source("Tiered customer service after the customer pyramid of Zeithaml, V. A., Rust, R. T. &"
                        + " Lemon, K. N. (2001) \"The Customer Pyramid: Creating and Serving Profitable"
                        + " Customers\", California Management Review 43(4). Quantile thresholds and the"
                        + " hysteresis margin and minimum time in tier are a Customer Lens convention.")
                .parameter(ParameterSpec.choice(MEASURE, "What customers are tiered on: 'spend' (total spend)"
                        + " or 'orders' (number of orders).", "spend", "spend", "orders"))
                .parameter(ParameterSpec.decimal(VIP_SHARE,
                        "Top share of buying customers that is VIP (0.05 = top 5%).", 0.05, 0.001, 0.5))
                .parameter(ParameterSpec.decimal(EXTENDED_SHARE, "The next share of buying customers that is"
                        + " Extended; vipShare + extendedShare must be below 1.", 0.20, 0.001, 0.9))
                .parameter(ParameterSpec.decimal(MARGIN, "Hysteresis band as a share of a threshold: moving up"
                        + " needs threshold x (1 + margin), moving down value below threshold x (1 - margin).",
                        0.10, 0, 0.5))
                .parameter(ParameterSpec.integer(MIN_DAYS_IN_TIER,
                        "Days a customer stays in a tier at least before moving down.", 90, 0, 3650))
                .inputs(CustomerData.PROFILE, CustomerData.POPULATION, CustomerData.PREVIOUS_SEGMENT);
        Tier.definitions().forEach(builder::segment);
        return builder.build();
    }

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Segment evaluate(CustomerSnapshot customer, ScoringContext context) {
        Tiering tiering = tiering(context);
        Settings settings = tiering.settings();
        OrderSummary orders = customer.orderSummary();
        if (orders.count() > 0 && tiering.population().isEmpty()) {
            throw new IllegalStateException("value-tier needs population statistics");
        }
        double value = orders.count() == 0 ? 0 : settings.measure().of(orders);
        Optional<Thresholds> thresholds = tiering.thresholds();
        Optional<Standing> previous = previous(context);
        Decision decision = decide(orders, value, thresholds, previous, settings);
        return decision.tier().definition().assign(
                reasons(decision, value, tiering),
                components(decision.tier(), value, tiering, previous));
    }

    /**
     * What every customer scored with the same parameters and population shares: the settings, the thresholds and
     * their wording.
     */
    private record Tiering(Parameters parameters, PopulationStatistics statistics, Settings settings,
                           Quantiles population, Optional<Thresholds> thresholds, String thresholdReason,
                           String vipComponent, String extendedComponent) {

        static Tiering of(Parameters parameters, PopulationStatistics statistics) {
            Settings settings = Settings.of(parameters);
            Quantiles population = settings.measure().in(statistics);
            if (population.isEmpty()) {
                return new Tiering(parameters, statistics, settings, population, Optional.empty(), null, null, null);
            }
            Thresholds t = Thresholds.of(population, settings.vipShare(), settings.extendedShare());
            String noun = settings.measure().noun();
            return new Tiering(parameters, statistics, settings, population, Optional.of(t),
                    "thresholds on " + noun + ": vip " + t.vipText() + " (top " + Wording.percent(settings.vipShare())
                            + " of buying customers), extended " + t.extendedText() + " (next "
                            + Wording.percent(settings.extendedShare()) + ")",
                    noun + " at the " + Wording.percent(1 - settings.vipShare()) + " quantile of buying customers",
                    noun + " at the " + Wording.percent(1 - (settings.vipShare() + settings.extendedShare()))
                            + " quantile of buying customers");
        }
    }

    /** The last tiering worked out; a request or batch scores many customers with the same parameters and population. */
    private volatile Tiering lastTiering;

    private Tiering tiering(ScoringContext context) {
        Tiering last = lastTiering;
        if (last != null && last.parameters().equals(context.parameters()) && last.statistics() == context.population()) {
            return last;
        }
        Tiering tiering = Tiering.of(context.parameters(), context.population());
        lastTiering = tiering;
        return tiering;
    }

    private static Decision decide(OrderSummary orders, double value, Optional<Thresholds> thresholds,
                                   Optional<Standing> previous, Settings settings) {
        if (orders.count() == 0) {
            return new Decision(Tier.BASIC, List.of("no orders yet, so basic whatever the thresholds"));
        }
        if (value <= 0) {
            return new Decision(Tier.BASIC, List.of(settings.measure().describe(value)
                    + ": without a positive value a customer is basic whatever the thresholds"));
        }
        // Present: a buying customer with an empty population was rejected above.
        Placement placement = new Placement(thresholds.orElseThrow(), settings.measure(), settings.margin(),
                settings.minDaysInTier());
        return previous.map(p -> placement.from(p.tier(), p.days(), value))
                .orElseGet(() -> placement.plain(value));
    }

    /** The previous tier, if the server knows one and it is one of ours; other codes are ignored. */
    private static Optional<Standing> previous(ScoringContext context) {
        Optional<PreviousSegment> previous = context.previousSegment();
        return previous.flatMap(p -> Tier.ofCode(p.code()).map(tier -> new Standing(tier, daysSince(p.since(),
                context.asOf()))));
    }

    private static long daysSince(LocalDate since, LocalDate asOf) {
        return Math.max(0, ChronoUnit.DAYS.between(since, asOf));
    }

    private static List<String> reasons(Decision decision, double value, Tiering tiering) {
        List<String> reasons = new ArrayList<>();
        reasons.add("tier " + decision.tier().code() + " on " + tiering.settings().measure().describe(value));
        if (tiering.thresholdReason() != null) {
            reasons.add(tiering.thresholdReason());
        }
        reasons.addAll(decision.why());
        return reasons;
    }

    private static List<Component> components(Tier tier, double value, Tiering tiering, Optional<Standing> previous) {
        Settings settings = tiering.settings();
        String noun = settings.measure().noun();
        List<Component> components = new ArrayList<>();
        components.add(new Component("value", value, noun + " the tier is based on"));
        tiering.thresholds().ifPresent(t -> {
            components.add(new Component("vipThreshold", t.vip(), tiering.vipComponent()));
            components.add(new Component("extendedThreshold", t.extended(), tiering.extendedComponent()));
            double factor = previous.isPresent() ? 1 + settings.margin() : 1;
            components.add(new Component("distanceToNextTier", t.distanceToNext(tier, value, factor),
                    tier.above().map(next -> "more " + noun + " needed to reach " + next.code()
                            + (previous.isPresent() ? ", margin included" : "")).orElse("already in the top tier")));
        });
        previous.ifPresent(p -> components.add(new Component("daysInTier", p.days(),
                "days since the customer entered " + p.tier().code())));
        return components;
    }

    /** The previous tier and the days since the customer entered it. */
    private record Standing(Tier tier, long days) {
    }

    /** Validated parameters, including the rule across the two shares. */
    private record Settings(Measure measure, double vipShare, double extendedShare, double margin,
                            int minDaysInTier) {

        static Settings of(Parameters parameters) {
            Settings settings = new Settings(Measure.ofParameter(parameters.choice(MEASURE)),
                    parameters.decimal(VIP_SHARE), parameters.decimal(EXTENDED_SHARE), parameters.decimal(MARGIN),
                    parameters.integer(MIN_DAYS_IN_TIER));
            if (settings.vipShare + settings.extendedShare >= 1) {
                throw new InvalidParameterException(EXTENDED_SHARE, EXTENDED_SHARE + " " + settings.extendedShare
                        + " plus " + VIP_SHARE + " " + settings.vipShare + " must be below 1, so that some buying"
                        + " customers are basic");
            }
            return settings;
        }
    }
}
