package io.customerlens.plugins.satisfactiondimensions;

import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.SurveyResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The four satisfaction dimensions, stored as survey dimensions rated 0-10, in the order used for ties. */
enum Dimension {
    PRODUCT_QUALITY("product_quality", "weightProductQuality", "product quality"),
    PRICE("price", "weightPrice", "price competitiveness"),
    SERVICE("service", "weightService", "service level"),
    CONVENIENCE("convenience", "weightConvenience", "convenience of buying and using");

    static final double DEFAULT_WEIGHT = 0.25;
    static final double MIN_RATING = 0;
    static final double MAX_RATING = 10;

    final String key;
    final String weight;
    final String meaning;

    Dimension(String key, String weight, String meaning) {
        this.key = key;
        this.weight = weight;
        this.meaning = meaning;
    }

    ParameterSpec weightSpec() {
        return ParameterSpec.decimal(weight, "Weight of " + meaning + " (survey dimension " + key + ");"
                + " only the ratio between weights matters.", DEFAULT_WEIGHT, 0, 1);
    }

    /**
     * @param surveys answers oldest first
     * @return the latest rating of each answered dimension, in dimension order
     * @throws IllegalArgumentException if a rating lies outside 0-10
     */
    static Map<Dimension, Double> latest(List<SurveyResponse> surveys) {
        Map<Dimension, Double> latest = new EnumMap<>(Dimension.class);
        for (SurveyResponse survey : surveys) {
            for (Dimension dimension : values()) {
                Double rating = survey.dimensions().get(dimension.key);
                if (rating != null) {
                    if (!(rating >= MIN_RATING && rating <= MAX_RATING)) {
                        throw new IllegalArgumentException(dimension.key + " answer " + rating + " is outside 0-10");
                    }
                    latest.put(dimension, rating);
                }
            }
        }
        return latest;
    }
}
