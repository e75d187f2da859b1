package io.customerlens.sdk;

import java.time.Instant;
import java.util.Map;

/**
 * One survey a customer answered. Every rating is optional.
 *
 * @param answeredAt when the survey was answered
 * @param nps        "How likely are you to recommend us?" on 0-10, or {@code null}
 * @param csat       "How satisfied are you?" on 1-5, or {@code null}
 * @param ces        "How easy was it?" customer effort on 1-7 (7 = very easy), or {@code null}
 * @param dimensions free per-dimension ratings by name, e.g. {@code "reliability" -> 6.0}
 */
public record SurveyResponse(Instant answeredAt, Integer nps, Integer csat, Integer ces, Map<String, Double> dimensions) {

    /** Copies the dimensions. */
    public SurveyResponse {
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
    }
}
