package io.customerlens.plugins.lifetimevalue;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import java.util.List;
import org.pf4j.Extension;

/**
 * BG/NBD purchase forecast: the probability that a customer is still active, on 0-100, with the purchases
 * expected over a horizon, from a BG/NBD model fitted on the whole population.
 */
@Extension
public class BgNbdModel extends LifetimeModel {

    static final Scale SCALE = new Scale(0, 100, "% probability alive");
    static final String HORIZON_WEEKS = "horizonWeeks";
    /** The forecast horizon of every purchase forecast of this plugin. */
    static final ParameterSpec HORIZON = ParameterSpec.integer(HORIZON_WEEKS,
            "Weeks ahead over which the expected number of purchases is given.", 52, 1, 520);

    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("bgnbd", ModelFamily.LOYALTY)
            .name("BG/NBD purchase forecast")
            .version("1.0.0")
            .description("The probability that a customer is still active (has not silently dropped out) and the"
                    + " purchases expected over a horizon, from the BG/NBD \"buy till you die\" model fitted by"
                    + " maximum likelihood on every buying customer.")
            .formula(Forecast.PATTERN + " " + Forecast.BG_NBD_FIT + " value = 100 x P(alive);"
                    + " expectedPurchases = E[Y(horizonWeeks)]. Bands: Active >= 70, At risk >= 30,"
                    + " Likely lapsed < 30. No order up to asOf: no data.")
            .source(Forecast.FHL_2005 + "; " + Forecast.FHL_2008 + ".")
            .parameter(HORIZON)
            .inputs(CustomerData.PROFILE, CustomerData.ORDERS, CustomerData.PURCHASE_PATTERNS)
            .scale(SCALE)
            .build();

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    Score score(Forecast forecast, Parameters parameters) {
        int horizon = parameters.integer(HORIZON_WEEKS);
        double expected = forecast.expectedPurchases(horizon);
        double value = 100 * forecast.pAlive();
        String band = band(value);
        WeeklyPattern w = forecast.pattern();
        LifetimeFit fit = forecast.fit();
        List<Component> components = List.of(
                new Component("pAlive", forecast.pAlive(), "probability the customer is still active"),
                new Component("expectedPurchases", expected, "purchases expected in the next " + horizon + " weeks"),
                new Component("x", w.x(), "repeat purchases (purchase days after the first)"),
                new Component("t_x", w.tx(), "weeks from the first to the last purchase"),
                new Component("T", w.tCal(), "weeks from the first purchase to the evaluation date"),
                new Component("r", fit.r(), "BG/NBD purchase-rate shape (population fit)"),
                new Component("alpha", fit.alpha(), "BG/NBD purchase-rate scale in weeks (population fit)"),
                new Component("a", fit.a(), "BG/NBD dropout shape a (population fit)"),
                new Component("b", fit.b(), "BG/NBD dropout shape b (population fit)"));
        String alive = w.x() == 0 ? " (BG/NBD lets customers drop out only after a repeat purchase)" : "";
        return new Score(value, SCALE, band, components, forecast.history() + ": P(alive) "
                + Forecast.percent(forecast.pAlive()) + alive + ", " + Forecast.number(expected)
                + " purchases expected in the next " + horizon + " weeks: " + band + ".");
    }

    static String band(double value) {
        if (value >= 70) {
            return "Active";
        }
        return value >= 30 ? "At risk" : "Likely lapsed";
    }
}
