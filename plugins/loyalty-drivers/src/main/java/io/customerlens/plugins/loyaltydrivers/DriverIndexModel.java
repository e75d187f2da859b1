package io.customerlens.plugins.loyaltydrivers;

import static io.customerlens.plugins.support.Wording.decimal;
import static io.customerlens.plugins.support.Wording.plural;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.Lookback;
import io.customerlens.sdk.LoyaltyModel;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * Driver-weighted loyalty index: six loyalty drivers (product quality, perceived value, brand image,
 * relationship management, environment, technology), each 0-100 from a survey rating or a behavioural
 * fallback, combined with relative weights normalised over the drivers that have a value.
 */
@Extension
public class DriverIndexModel implements LoyaltyModel {

    static final Scale SCALE = new Scale(0, 100, "points");

    static final String BEHAVIOURAL_FALLBACK = "behaviouralFallback";
    static final String MIN_DRIVERS = "minDrivers";

    static final ModelDescriptor DESCRIPTOR = describe();

    private static ModelDescriptor describe() {
        ModelDescriptor.Builder builder = ModelDescriptor.builder("driver-index", ModelFamily.LOYALTY)
                .name("Driver-weighted loyalty index")
                .version("1.0.0")
                .description("Loyalty on 0-100 from six drivers - product quality, perceived value, brand image,"
                        + " relationship management, environment and technology - weighted 40 : 35 : 25 : 20 : 10 :"
                        + " 5 by default, each driver shown as a component.")
                .formula("In the lookback window, driver d's value v_d (0-100) is 10 x the latest rating (0-10) of"
                        + " survey dimension product_quality, perceived_value, brand_image, relationship_management,"
                        + " environment or technology. Without a rating, if behaviouralFallback: product_quality ="
                        + " 100 x (1 - min(1, complaints / orders)); perceived_value = 100 x orders without discount"
                        + " / orders; brand_image = 10 x the latest NPS answer; relationship_management = 100 x"
                        + " RESOLVED / closed (not OPEN) service contacts; technology = 100 x orders through web,"
                        + " mobile or app / orders; environment has no fallback. A driver without a value is left"
                        + " out. score = sum(w_d x v_d) / sum(w_d) over the drivers with a value (weights"
                        + " renormalised); coverage = that weight sum / the sum of all six weights. Fewer than"
                        + " minDrivers drivers: no data. Bands: Highly loyal >= 75, Loyal >= 50, Developing >= 25,"
                        + " Low < 25.")
                .source("Driver (satisfaction-to-loyalty) models of the customer satisfaction index family, where"
                        + " perceived quality, perceived value and image drive satisfaction and loyalty: Fornell, C."
                        + " et al. (1996) \"The American Customer Satisfaction Index: Nature, Purpose, and Findings\","
                        + " Journal of Marketing 60(4); Eklöf, J. A. & Westlund, A. H. (2002) \"The pan-European"
                        + " customer satisfaction index programme\", Total Quality Management 13(8) (ECSI, with"
                        + " image as a driver). Those indices estimate driver weights statistically; the six drivers"
                        + " and the default weights 40 : 35 : 25 : 20 : 10 : 5 come from the domain material, and the"
                        + " behavioural fallbacks and bands are a Customer Lens convention.");
        for (Driver driver : Driver.values()) {
            builder.parameter(driver.weightSpec());
        }
        return builder
                .parameter(ParameterSpec.bool(BEHAVIOURAL_FALLBACK, "Use a behavioural proxy for a driver without a"
                        + " survey rating; off leaves such drivers out.", true))
                .parameter(ParameterSpec.integer(MIN_DRIVERS, "Drivers with a value needed for a score; fewer give"
                        + " no data.", 1, 1, Driver.values().length))
                .parameter(Lookback.parameter("Only count survey answers, orders and service contacts from the last"
                        + " N days up to the end of the as-of day (UTC); 0 counts everything."))
                .inputs(CustomerData.ORDERS, CustomerData.SURVEYS, CustomerData.INTERACTIONS)
                .scale(SCALE)
                .build();
    }

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
        Parameters p = context.parameters();
        Lookback window = Lookback.of(context);
        Map<Driver, DriverValue> values = DriverEvidence.values(customer, window, p.bool(BEHAVIOURAL_FALLBACK));
        int needed = p.integer(MIN_DRIVERS);
        if (values.isEmpty()) {
            return Score.noData(SCALE, "no driver has a value" + window.describe() + (p.bool(BEHAVIOURAL_FALLBACK)
                    ? ": no driver ratings, orders, NPS answers or closed service contacts"
                    : ": no driver ratings, and behavioural fallbacks are off"));
        }
        if (values.size() < needed) {
            return Score.noData(SCALE, "only " + plural(values.size(), "driver") + " with a value ("
                    + keys(values) + ")" + window.describe() + "; " + needed + " needed");
        }
        double allWeights = Arrays.stream(Driver.values()).mapToDouble(d -> p.decimal(d.weight)).sum();
        double weights = values.keySet().stream().mapToDouble(d -> p.decimal(d.weight)).sum();
        if (weights <= 0) {
            throw new InvalidParameterException(Driver.PRODUCT_QUALITY.weight, "the weights of the drivers with a"
                    + " value (" + values.keySet().stream().map(d -> d.weight).collect(Collectors.joining(", "))
                    + ") sum to 0; at least one must be above 0");
        }
        double sum = values.values().stream().mapToDouble(v -> p.decimal(v.driver().weight) * v.value()).sum();
        // Clamp against rounding drift just above 100.
        double value = Math.min(SCALE.max(), sum / weights);
        double coverage = weights / allWeights;
        String band = band(value);
        return new Score(value, SCALE, band, components(values, p, weights, coverage),
                explanation(value, band, values, p, coverage));
    }

    static String band(double value) {
        if (value >= 75) {
            return "Highly loyal";
        }
        if (value >= 50) {
            return "Loyal";
        }
        return value >= 25 ? "Developing" : "Low";
    }

    private static List<Component> components(Map<Driver, DriverValue> values, Parameters p, double weights,
                                              double coverage) {
        List<Component> components = new ArrayList<>();
        values.values().forEach(v -> components.add(new Component(v.driver().key, v.value(), v.source() + ", weight "
                + decimal(p.decimal(v.driver().weight)) + " (normalised " + decimal(p.decimal(v.driver().weight) / weights)
                + ")")));
        components.add(new Component("coverage", coverage, "share of the total driver weight that has a value"));
        return components;
    }

    /** Names the strongest and weakest weighted driver (ties: the first in driver order) and the drivers left out. */
    private static String explanation(double value, String band, Map<Driver, DriverValue> values, Parameters p,
                                      double coverage) {
        List<DriverValue> weighted = values.values().stream().filter(v -> p.decimal(v.driver().weight) > 0).toList();
        DriverValue strongest = weighted.stream().max(Comparator.comparingDouble(DriverValue::value)).orElseThrow();
        DriverValue weakest = weighted.stream().min(Comparator.comparingDouble(DriverValue::value)).orElseThrow();
        String missing = Arrays.stream(Driver.values()).filter(d -> !values.containsKey(d)).map(d -> d.key)
                .collect(Collectors.joining(", "));
        return decimal(value) + " points (" + band + ") from " + values.size() + " of 6 drivers (coverage "
                + decimal(coverage) + "): strongest " + strongest.driver().key + " " + decimal(strongest.value())
                + ", weakest " + weakest.driver().key + " " + decimal(weakest.value()) + "."
                + (missing.isEmpty() ? "" : " Left out, no value: " + missing + ".");
    }

    private static String keys(Map<Driver, DriverValue> values) {
        return values.keySet().stream().map(d -> d.key).collect(Collectors.joining(", "));
    }
}
