package io.customerlens.plugins.lifecycle;

import static io.customerlens.plugins.support.Wording.plural;

import io.customerlens.plugins.support.Wording;
import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.Segment;
import io.customerlens.sdk.SegmentationModel;
import java.util.List;
import org.pf4j.Extension;

/**
 * Lifecycle stage: where a customer stands in the buyer-seller relationship, from prospect through new,
 * growing and mature to declining, lapsed and churned, by tenure, recency and the trend in order count.
 */
@Extension
public class LifecycleModel implements SegmentationModel {

    static final String NEW_DAYS = "newDays";
    static final String WINDOW_DAYS = "windowDays";
    static final String LAPSED_DAYS = "lapsedDays";
    static final String CHURNED_DAYS = "churnedDays";
    static final String MATURE_TENURE_DAYS = "matureTenureDays";
    static final String TREND_THRESHOLD = "trendThreshold";

    static final ModelDescriptor DESCRIPTOR = describe();

    private static ModelDescriptor describe() {
        ModelDescriptor.Builder builder = ModelDescriptor.builder("lifecycle", ModelFamily.SEGMENTATION)
                .name("Lifecycle stage")
                .version("1.0.0")
                .description("Places a customer in a lifecycle stage - prospect, new, growing, mature, declining,"
                        + " lapsed or churned - by tenure, days since the last order and the trend in orders.")
                .formula("Whole UTC days up to asOf; orders after asOf are ignored. tenureDays = asOf - earlier of"
                        + " joinedOn and the first order (0 if neither is known); recencyDays = asOf - last order;"
                        + " ordersLastWindow = orders 0..windowDays-1 days before asOf; ordersPreviousWindow ="
                        + " orders windowDays..2 windowDays-1 days before asOf; trend = (ordersLastWindow -"
                        + " ordersPreviousWindow) / max(1, ordersPreviousWindow). First rule that applies:"
                        + " no orders -> prospect; recencyDays >= churnedDays -> churned; recencyDays >= lapsedDays"
                        + " -> lapsed; tenureDays < newDays -> new; trend >= trendThreshold -> growing;"
                        + " trend <= -trendThreshold -> declining; tenureDays >= matureTenureDays -> mature;"
                        + " otherwise growing. churnedDays must exceed lapsedDays.")
                .source("Customer lifecycle stages after the relationship development phases of Dwyer, F. R.,"
                        + " Schurr, P. H. & Oh, S. (1987) \"Developing Buyer-Seller Relationships\", Journal of"
                        + " Marketing 51(2). Day thresholds, windows and the trend rule are a Customer Lens"
                        + " convention, declared as parameters.")
                .parameter(ParameterSpec.integer(NEW_DAYS,
                        "Tenure in days below which a buying customer is new.", 90, 0, 3650))
                .parameter(ParameterSpec.integer(WINDOW_DAYS, "Length in days of the two windows whose order"
                        + " counts are compared for the trend.", 180, 1, 1825))
                .parameter(ParameterSpec.integer(LAPSED_DAYS,
                        "Days since the last order from which a customer is lapsed.", 180, 1, 3650))
                .parameter(ParameterSpec.integer(CHURNED_DAYS, "Days since the last order from which a customer"
                        + " is churned; must be greater than lapsedDays.", 365, 2, 7300))
                .parameter(ParameterSpec.integer(MATURE_TENURE_DAYS,
                        "Tenure in days from which a customer with a steady order rate is mature.", 365, 0, 7300))
                .parameter(ParameterSpec.decimal(TREND_THRESHOLD, "Relative change in order count between the"
                        + " last window and the one before that counts as growth (or, negated, decline).",
                        0.25, 0.01, 10))
                .inputs(CustomerData.PROFILE, CustomerData.ORDERS);
        Stage.definitions().forEach(builder::segment);
        return builder.build();
    }

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Segment evaluate(CustomerSnapshot customer, ScoringContext context) {
        Settings settings = Settings.of(context.parameters());
        Activity activity = Activity.of(customer, context.asOf(), settings.windowDays());
        if (activity.orders() == 0) {
            return Stage.PROSPECT.definition().assign(
                    List.of("no orders yet", "customer for " + days(activity.tenureDays())),
                    List.of(new Component("tenureDays", activity.tenureDays(),
                            "days since joining (0 if the join date is unknown)")));
        }
        Stage stage = stage(activity, settings);
        return stage.definition().assign(
                List.of(why(stage, activity, settings), summary(activity, settings)),
                components(activity, settings));
    }

    static Stage stage(Activity a, Settings s) {
        if (a.recencyDays() >= s.churnedDays()) {
            return Stage.CHURNED;
        }
        if (a.recencyDays() >= s.lapsedDays()) {
            return Stage.LAPSED;
        }
        if (a.tenureDays() < s.newDays()) {
            return Stage.NEW;
        }
        if (a.trend() >= s.trendThreshold()) {
            return Stage.GROWING;
        }
        if (a.trend() <= -s.trendThreshold()) {
            return Stage.DECLINING;
        }
        return a.tenureDays() >= s.matureTenureDays() ? Stage.MATURE : Stage.GROWING;
    }

    private static String why(Stage stage, Activity a, Settings s) {
        String last = "last order " + days(a.recencyDays()) + " ago: ";
        String tenure = "customer for " + days(a.tenureDays()) + ": ";
        String trend = "order count " + percent(a.trend()) + " on the window before";
        String steady = ", order count steady (" + percent(a.trend()) + " on the window before)";
        return switch (stage) {
            case CHURNED -> last + "at least " + limit(s.churnedDays(), CHURNED_DAYS);
            case LAPSED -> last + "at least " + limit(s.lapsedDays(), LAPSED_DAYS) + ", under "
                    + limit(s.churnedDays(), CHURNED_DAYS);
            case NEW -> tenure + "under " + limit(s.newDays(), NEW_DAYS);
            case DECLINING -> trend + ": at or below " + percent(-s.trendThreshold()) + " (" + TREND_THRESHOLD + ")";
            case MATURE -> tenure + "at least " + limit(s.matureTenureDays(), MATURE_TENURE_DAYS) + steady;
            case GROWING -> a.trend() >= s.trendThreshold()
                    ? trend + ": at or above " + percent(s.trendThreshold()) + " (" + TREND_THRESHOLD + ")"
                    : tenure + "past " + limit(s.newDays(), NEW_DAYS) + " but under "
                            + limit(s.matureTenureDays(), MATURE_TENURE_DAYS) + steady;
            case PROSPECT -> "no orders yet";
        };
    }

    /** @return e.g. "365 days (churnedDays)" */
    private static String limit(int days, String parameter) {
        return days(days) + " (" + parameter + ")";
    }

    private static String summary(Activity a, Settings s) {
        return "customer for " + days(a.tenureDays()) + ", last order " + days(a.recencyDays()) + " ago, "
                + plural(a.ordersLastWindow(), "order") + " in the last " + days(s.windowDays()) + " and "
                + a.ordersPreviousWindow() + " in the " + days(s.windowDays()) + " before";
    }

    private static List<Component> components(Activity a, Settings s) {
        return List.of(
                new Component("tenureDays", a.tenureDays(), "days since the earlier of joining and the first order"),
                new Component("recencyDays", a.recencyDays(), "days since the last order"),
                new Component("ordersLastWindow", a.ordersLastWindow(), "orders in the last " + days(s.windowDays())),
                new Component("ordersPreviousWindow", a.ordersPreviousWindow(),
                        "orders in the " + days(s.windowDays()) + " before that"),
                new Component("trend", a.trend(), "relative change in order count, (last - previous) /"
                        + " max(1, previous)"));
    }

    /** @return a signed percentage: +200%, -50%, 0% */
    private static String percent(double share) {
        return (share > 0 ? "+" : "") + Wording.percent(share, 1);
    }

    private static String days(long days) {
        return plural(days, "day");
    }

    /** Validated parameters, including the rule across lapsedDays and churnedDays. */
    record Settings(int newDays, int windowDays, int lapsedDays, int churnedDays, int matureTenureDays,
                    double trendThreshold) {

        static Settings of(Parameters p) {
            Settings settings = new Settings(p.integer(NEW_DAYS), p.integer(WINDOW_DAYS), p.integer(LAPSED_DAYS),
                    p.integer(CHURNED_DAYS), p.integer(MATURE_TENURE_DAYS), p.decimal(TREND_THRESHOLD));
            if (settings.churnedDays <= settings.lapsedDays) {
                throw new InvalidParameterException(CHURNED_DAYS, CHURNED_DAYS + " (" + settings.churnedDays
                        + ") must be greater than " + LAPSED_DAYS + " (" + settings.lapsedDays + ")");
            }
            return settings;
        }
    }
}
