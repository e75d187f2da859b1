package io.customerlens.plugins.satisfactiondimensions;

import static io.customerlens.plugins.support.Wording.decimal;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.Lookback;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.SatisfactionModel;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.SurveyResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * Four-dimension satisfaction: the weighted mean of the customer's latest 0-10 ratings of product quality,
 * price competitiveness, service level and convenience.
 */
@Extension
public class FourDimensionModel implements SatisfactionModel {

    static final Scale SCALE = new Scale(0, 10, "0-10 rating");

    static final String MIN_DIMENSIONS = "minDimensions";

    static final ModelDescriptor DESCRIPTOR = describe();

    private static ModelDescriptor describe() {
        ModelDescriptor.Builder builder = ModelDescriptor.builder("four-dimension", ModelFamily.SATISFACTION)
                .name("Four-dimension satisfaction")
                .version("1.0.0")
                .description("Satisfaction on 0-10 as the weighted mean of four rated dimensions: product quality,"
                        + " price competitiveness, service level and convenience; the weakest dimension is named.")
                .formula("Ratings: survey dimensions product_quality, price, service and convenience, each 0-10;"
                        + " for each, the latest answer in the lookback window. value = sum(w_d x r_d) / sum(w_d)"
                        + " over the answered dimensions, w = weightProductQuality, weightPrice, weightService,"
                        + " weightConvenience. Fewer than minDimensions answered: no data. Bands: Very satisfied"
                        + " >= 9, Satisfied >= 7, Neutral >= 5, Dissatisfied < 5.")
                .source("Multi-attribute satisfaction: overall satisfaction as the importance-weighted sum of"
                        + " attribute satisfactions (Oliver, R. L. (1997) \"Satisfaction: A Behavioral Perspective on"
                        + " the Consumer\", McGraw-Hill; Anderson, E. W., Fornell, C. & Lehmann, D. R. (1994)"
                        + " \"Customer Satisfaction, Market Share, and Profitability\", Journal of Marketing 58(3),"
                        + " quality and price as drivers). The four dimensions follow the domain material; equal"
                        + " default weights and the bands are a Customer Lens convention.");
        for (Dimension dimension : Dimension.values()) {
            builder.parameter(dimension.weightSpec());
        }
        return builder
                .parameter(ParameterSpec.integer(MIN_DIMENSIONS, "Answered dimensions needed for a score; fewer"
                        + " give no data.", 1, 1, Dimension.values().length))
                .parameter(Lookback.parameter("Only count answers from the last N days up to the end of the as-of"
                        + " day (UTC); 0 counts all answers."))
                .inputs(CustomerData.SURVEYS)
                .scale(SCALE)
                .build();
    }

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
        Lookback window = Lookback.of(context);
        Map<Dimension, Double> ratings = Dimension.latest(window.filter(customer.surveys(), SurveyResponse::answeredAt));
        Parameters p = context.parameters();
        int needed = p.integer(MIN_DIMENSIONS);
        if (ratings.isEmpty()) {
            return Score.noData(SCALE, "no ratings of product_quality, price, service or convenience"
                    + window.describe());
        }
        if (ratings.size() < needed) {
            return Score.noData(SCALE, ratings.size() + " of 4 dimensions rated (" + keys(ratings) + ")"
                    + window.describe() + "; " + needed + " needed");
        }
        double weights = 0;
        double sum = 0;
        for (Map.Entry<Dimension, Double> rating : ratings.entrySet()) {
            double w = p.decimal(rating.getKey().weight);
            weights += w;
            sum += w * rating.getValue();
        }
        if (weights <= 0) {
            throw new InvalidParameterException(Dimension.PRODUCT_QUALITY.weight, "the weights of the rated"
                    + " dimensions (" + ratings.keySet().stream().map(d -> d.weight).collect(Collectors.joining(", "))
                    + ") sum to 0; at least one must be above 0");
        }
        // Clamp against rounding drift just beyond the ends of the scale.
        double value = Math.max(SCALE.min(), Math.min(SCALE.max(), sum / weights));
        Dimension weakest = weakest(ratings);
        String band = band(value);
        String explanation = decimal(value) + " of 10 (" + band + ") over " + ratings.size() + " of 4 dimensions; weakest "
                + weakest.key + " " + decimal(ratings.get(weakest)) + ".";
        return new Score(value, SCALE, band, components(ratings, p, weights, weakest), explanation);
    }

    static String band(double value) {
        if (value >= 9) {
            return "Very satisfied";
        }
        if (value >= 7) {
            return "Satisfied";
        }
        return value >= 5 ? "Neutral" : "Dissatisfied";
    }

    /** The rated dimension with the lowest rating; EnumMap order and a strict comparison keep the first on ties. */
    private static Dimension weakest(Map<Dimension, Double> ratings) {
        Dimension weakest = null;
        for (Map.Entry<Dimension, Double> rating : ratings.entrySet()) {
            if (weakest == null || rating.getValue() < ratings.get(weakest)) {
                weakest = rating.getKey();
            }
        }
        return weakest;
    }

    private static List<Component> components(Map<Dimension, Double> ratings, Parameters p, double weights,
                                              Dimension weakest) {
        List<Component> components = new ArrayList<>();
        ratings.forEach((dimension, rating) -> components.add(new Component(dimension.key, rating,
                dimension.meaning + ", latest rating of 10, weight " + decimal(p.decimal(dimension.weight))
                        + " (share " + decimal(p.decimal(dimension.weight) / weights) + ")")));
        components.add(new Component("ratedDimensions", ratings.size(), "dimensions with a rating, of 4"));
        components.add(new Component("weakest", ratings.get(weakest), "lowest rating: " + weakest.key));
        return components;
    }

    private static String keys(Map<Dimension, Double> ratings) {
        return ratings.keySet().stream().map(d -> d.key).collect(Collectors.joining(", "));
    }
}
