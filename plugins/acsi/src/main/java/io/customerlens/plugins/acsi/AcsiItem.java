package io.customerlens.plugins.acsi;

import io.customerlens.sdk.SurveyResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The three ACSI satisfaction questions, stored as survey dimensions on a 1-10 scale. */
enum AcsiItem {
    OVERALL("acsi_overall", "weightOverall", 0.4, "overall", "overall satisfaction"),
    EXPECTATIONS("acsi_expectations", "weightExpectations", 0.3, "expectations", "confirmation of expectations"),
    IDEAL("acsi_ideal", "weightIdeal", 0.3, "ideal", "comparison with an ideal");

    final String dimension;
    final String weight;
    final double defaultWeight;
    final String component;
    final String question;

    AcsiItem(String dimension, String weight, double defaultWeight, String component, String question) {
        this.dimension = dimension;
        this.weight = weight;
        this.defaultWeight = defaultWeight;
        this.component = component;
        this.question = question;
    }

    /** @return (x - 1) / 9 x 100: a 1-10 answer on 0-100 */
    static double rescale(double answer) {
        return (answer - 1) / 9 * 100;
    }

    /**
     * @param surveys answers oldest first
     * @return the latest answer to each item that was answered, in item order
     * @throws IllegalArgumentException if an answer lies outside 1-10
     */
    static Map<AcsiItem, Double> latest(List<SurveyResponse> surveys) {
        Map<AcsiItem, Double> latest = new EnumMap<>(AcsiItem.class);
        for (SurveyResponse survey : surveys) {
            for (AcsiItem item : values()) {
                Double answer = survey.dimensions().get(item.dimension);
                if (answer != null) {
                    if (!(answer >= 1 && answer <= 10)) {
                        throw new IllegalArgumentException(item.dimension + " answer " + answer + " is outside 1-10");
                    }
                    latest.put(item, answer);
                }
            }
        }
        return latest;
    }
}
