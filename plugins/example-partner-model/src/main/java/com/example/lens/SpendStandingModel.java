package com.example.lens;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.LoyaltyModel;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Quantiles;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/**
 * Spend standing: where a customer's total spend (or order count) ranks among every buying customer, as the
 * equal-population bin it falls into, rescaled to 0-100.
 */
@Extension
public class SpendStandingModel implements LoyaltyModel {

    static final Scale SCALE = new Scale(0, 100, "points");
    static final String BINS = "bins";
    static final String MEASURE = "measure";

    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("spend-standing", ModelFamily.LOYALTY)
            .name("Spend standing")
            .version("1.0.0")
            .description("Where a customer's total spend (or number of orders) ranks among all buying customers,"
                    + " on 0-100: 100 for the top bin, 0 for the bottom one.")
            .formula("bin = Quantiles.bin(x, bins) over the population of buyers (1 + the number of cut points"
                    + " Q(k / bins), k = 1..bins-1, that x is strictly above; Q = type-7 quantile);"
                    + " value = 100 x (bin - 1) / (bins - 1); x = total spend (measure = monetary) or order count"
                    + " (measure = frequency). Bands: Top >= 80, Middle >= 40, Low < 40. No orders: no data.")
            .source("Equal-population binning as in RFM scoring: Hughes, A. M. (1994), Strategic Database"
                    + " Marketing, Probus; quantile definition type 7 of Hyndman & Fan (1996).")
            .parameter(ParameterSpec.integer(BINS, "How many equal-population bins buyers are split into.", 10, 2, 100))
            .parameter(ParameterSpec.choice(MEASURE, "What is ranked: total spend or number of orders.",
                    "monetary", "monetary", "frequency"))
            .inputs(CustomerData.PROFILE, CustomerData.POPULATION)
            .scale(SCALE)
            .build();

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
        if (customer.orderSummary().count() == 0) {
            return Score.noData(SCALE, "no orders yet, so no spend to rank");
        }
        int bins = context.parameters().integer(BINS);
        boolean monetary = "monetary".equals(context.parameters().choice(MEASURE));
        double x = monetary ? customer.orderSummary().total() : customer.orderSummary().count();
        Quantiles population = monetary ? context.population().monetary() : context.population().frequency();
        // The server's population includes every buyer, so it is empty only if the statistics lag a first order.
        int bin = population.isEmpty() ? bins : population.bin(x, bins);
        double value = 100.0 * (bin - 1) / (bins - 1);
        String band = value >= 80 ? "Top" : value >= 40 ? "Middle" : "Low";
        String what = monetary ? "total spend " + format(x) : (int) x + " orders";
        return new Score(value, SCALE, band, List.of(
                new Component(monetary ? "monetary" : "frequency", x, what),
                new Component("bin", bin, "bin " + bin + " of " + bins + " among " + context.population().customers()
                        + " buyers")),
                what + " is in bin " + bin + " of " + bins + ": " + band + ".");
    }

    private static String format(double amount) {
        return String.format(Locale.ROOT, "%.2f", amount);
    }
}
