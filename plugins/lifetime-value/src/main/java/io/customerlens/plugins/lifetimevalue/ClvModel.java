package io.customerlens.plugins.lifetimevalue;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import java.util.List;
import org.pf4j.Extension;

/**
 * Customer lifetime value over a horizon: BG/NBD expected purchases per month times the Gamma-Gamma expected
 * spend per purchase, times a margin, discounted monthly; both models fitted on the whole population.
 */
@Extension
public class ClvModel extends LifetimeModel {

    static final double MAX_VALUE = 1e9;
    static final Scale SCALE = new Scale(0, MAX_VALUE, "currency units");
    static final double WEEKS_PER_MONTH = 52.0 / 12;
    static final String HORIZON_MONTHS = "horizonMonths";
    static final String MARGIN = "margin";
    static final String DISCOUNT = "monthlyDiscountRate";
    static final String HIGH = "highValue";
    static final String MEDIUM = "mediumValue";

    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("clv", ModelFamily.LOYALTY)
            .name("Customer lifetime value (BG/NBD + Gamma-Gamma)")
            .version("1.0.0")
            .description("The discounted margin a customer is expected to bring over the next months: BG/NBD"
                    + " expected purchases times Gamma-Gamma expected spend per purchase, both fitted by maximum"
                    + " likelihood on the population.")
            .formula(Forecast.PATTERN + " " + Forecast.BG_NBD_FIT
                    + " Gamma-Gamma fit over repeat buyers (x > 0, z = mean repeat purchase value > 0): p, q,"
                    + " gamma maximise the sum of ln G(px+q) - ln G(px) - ln G(q) + q ln gamma + (px-1) ln z"
                    + " + px ln x - (px+q) ln(gamma + x z) (Nelder-Mead on the logarithms, from p = q = 1 and"
                    + " gamma = 1 on values divided by their mean). expectedSpend = p (gamma + x z) / (px + q - 1)"
                    + " for x > 0, the population mean p gamma / (q - 1) for x = 0."
                    + " CLV = sum over m = 1..horizonMonths of [E[Y(t_m)] - E[Y(t_(m-1))]] x expectedSpend"
                    + " x margin / (1 + monthlyDiscountRate)^m, t_m = m x 52 / 12 weeks, E[Y(0)] = 0;"
                    + " value = CLV limited to 0..1e9. expectedPurchases = E[Y(t_horizonMonths)]."
                    + " Bands: High >= highValue, Medium >= mediumValue, Low below. No order up to asOf, or no"
                    + " finite expected spend (px + q <= 1; q <= 1 for x = 0): no data.")
            .source(Forecast.FHL_2005 + "; " + Forecast.FHL_2008 + "; " + Forecast.FHL_2013 + "; "
                    + Forecast.FHL_2005_JMR + ".")
            .parameter(ParameterSpec.integer(HORIZON_MONTHS, "Months ahead the value is summed over.", 12, 1, 120))
            .parameter(ParameterSpec.decimal(MARGIN,
                    "Share of the spend that is margin (1 = count revenue).", 1.0, 0, 1))
            .parameter(ParameterSpec.decimal(DISCOUNT, "Discount rate per month.", 0.01, 0, 0.2))
            .parameter(ParameterSpec.decimal(HIGH, "Lowest CLV banded High.", 500, 0, MAX_VALUE))
            .parameter(ParameterSpec.decimal(MEDIUM,
                    "Lowest CLV banded Medium; must not exceed highValue.", 100, 0, MAX_VALUE))
            .inputs(CustomerData.PROFILE, CustomerData.ORDERS, CustomerData.PURCHASE_PATTERNS)
            .scale(SCALE)
            .build();

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The band thresholds must be in order, even for a customer without orders. */
    @Override
    void validate(Parameters parameters) {
        double high = parameters.decimal(HIGH);
        double medium = parameters.decimal(MEDIUM);
        if (medium > high) {
            throw new InvalidParameterException(MEDIUM, "mediumValue (" + medium
                    + ") must not exceed highValue (" + high + ")");
        }
    }

    @Override
    Score score(Forecast forecast, Parameters parameters) {
        WeeklyPattern w = forecast.pattern();
        GammaGamma gg = forecast.fit().gammaGamma();
        if (!gg.finiteSpend(w.x())) {
            return Score.noData(SCALE, "the fitted spend model (p = " + gg.p() + ", q = " + gg.q()
                    + ") gives no finite expected spend for a customer with " + w.x() + " repeat purchases");
        }
        double spend = gg.expectedSpend(w.x(), w.zbar());
        int months = parameters.integer(HORIZON_MONTHS);
        double margin = parameters.decimal(MARGIN);
        double discount = parameters.decimal(DISCOUNT);
        double clv = 0;
        double cumulative = 0;
        for (int m = 1; m <= months; m++) {
            double next = forecast.expectedPurchases(m * WEEKS_PER_MONTH);
            clv += (next - cumulative) * spend * margin / Math.pow(1 + discount, m);
            cumulative = next;
        }
        double value = Math.min(MAX_VALUE, Math.max(0, clv));
        String band = band(value, parameters);
        return new Score(value, SCALE, band, components(forecast, value, cumulative, spend, months),
                forecast.history() + ": " + Forecast.number(cumulative) + " purchases expected in " + months
                        + " months at " + Forecast.number(spend) + " each, margin " + Forecast.number(margin)
                        + ", discounted " + Forecast.percent(discount) + " a month: CLV " + Forecast.number(value)
                        + ", " + band + ".");
    }

    static String band(double value, Parameters parameters) {
        if (value >= parameters.decimal(HIGH)) {
            return "High";
        }
        return value >= parameters.decimal(MEDIUM) ? "Medium" : "Low";
    }

    private static List<Component> components(Forecast forecast, double value, double purchases, double spend,
                                              int months) {
        WeeklyPattern w = forecast.pattern();
        LifetimeFit fit = forecast.fit();
        String spendBasis = w.x() > 0
                ? "expected spend per purchase given " + w.x() + " repeat purchases averaging "
                        + Forecast.number(w.zbar())
                : "population mean spend per purchase (no repeat purchase yet)";
        return List.of(
                new Component("clv", value, "discounted expected margin over " + months + " months"),
                new Component("expectedPurchases", purchases, "purchases expected in the next " + months + " months"),
                new Component("expectedSpend", spend, spendBasis),
                new Component("pAlive", forecast.pAlive(), "probability the customer is still active"),
                new Component("p", fit.p(), "Gamma-Gamma shape of a purchase value (population fit)"),
                new Component("q", fit.q(), "Gamma-Gamma heterogeneity shape (population fit)"),
                new Component("gamma", fit.gamma(), "Gamma-Gamma heterogeneity scale (population fit)"));
    }
}
