package io.customerlens.kano;

import io.customerlens.customer.KanoAnswer;
import io.customerlens.customer.Survey;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts Kano categories per attribute, one vote per respondent: a customer's latest pair of answers about an
 * attribute (by survey time) replaces their earlier ones.
 */
final class KanoTally {

    private final Map<String, Map<KanoCategory, Integer>> byAttribute = new TreeMap<>();
    private int respondents;

    /** Adds one customer's surveys, in any order. */
    void add(List<Survey> surveys) {
        Map<String, Survey> latestSurvey = new HashMap<>();
        Map<String, KanoAnswer> latest = new HashMap<>();
        for (Survey survey : surveys) {
            for (KanoAnswer answer : survey.kano()) {
                Survey before = latestSurvey.get(answer.attribute());
                if (before == null || !survey.answeredAt().isBefore(before.answeredAt())) {
                    latestSurvey.put(answer.attribute(), survey);
                    latest.put(answer.attribute(), answer);
                }
            }
        }
        if (latest.isEmpty()) {
            return;
        }
        respondents++;
        latest.forEach((attribute, answer) -> byAttribute
                .computeIfAbsent(attribute, a -> new EnumMap<>(KanoCategory.class))
                .merge(KanoCategory.of(answer.functional(), answer.dysfunctional()), 1, Integer::sum));
    }

    /** @return customers with at least one Kano answer */
    int respondents() {
        return respondents;
    }

    /** @return every attribute answered, by name */
    List<KanoAttribute> attributes() {
        return byAttribute.entrySet().stream().map(entry -> KanoAttribute.of(entry.getKey(), entry.getValue())).toList();
    }
}
