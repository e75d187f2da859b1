package io.customerlens.customer;

import io.customerlens.web.InputChecks;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code recordSurvey} input: NPS 0-10, CSAT 1-5 and CES 1-7, each optional, plus named per-dimension
 * ratings from 0 to 100 and paired Kano answers per attribute; at least one answer is required.
 */
public record RecordSurveyInput(String customerId, Instant answeredAt, Integer nps, Integer csat, Integer ces,
                                List<DimensionRatingInput> dimensions, String comment, List<KanoAnswer> kano) {

    private static final int MAX_KANO = 50;

    private static final Pattern DIMENSION = Pattern.compile("[a-z][A-Za-z0-9_-]{0,49}");

    /**
     * One per-dimension rating.
     *
     * @param name  dimension name, e.g. "reliability"
     * @param value the rating, 0 to 100 (use the survey's own scale, e.g. 1-7)
     */
    public record DimensionRatingInput(String name, Double value) {
    }

    /** @return the survey to store, once every field has passed its check */
    public Survey toSurvey(Instant now) {
        List<DimensionRatingInput> ratings = dimensions == null ? List.of() : dimensions;
        List<KanoAnswer> pairs = kano == null ? List.of() : kano;
        InputChecks checks = InputChecks.of("input")
                .historyTime(answeredAt, "answeredAt", now)
                .range(nps, 0, 10, "nps")
                .range(csat, 1, 5, "csat")
                .range(ces, 1, 7, "ces")
                .require(nps != null || csat != null || ces != null || !ratings.isEmpty() || !pairs.isEmpty(), "nps",
                        "at least one of nps, csat, ces, dimensions or kano is required")
                .require(pairs.size() <= MAX_KANO, "kano", "must hold at most " + MAX_KANO + " answers")
                .require(ratings.size() <= 50, "dimensions", "must hold at most 50 ratings")
                .optionalText(comment, "comment", 2000);
        for (int i = 0; i < ratings.size(); i++) {
            DimensionRatingInput rating = ratings.get(i);
            checks.require(rating.name() != null && DIMENSION.matcher(rating.name()).matches(),
                            "dimensions[" + i + "].name", "must be 1-50 letters, digits, _ or -, starting with a lower-case letter")
                    .require(rating.value() != null && rating.value() >= 0 && rating.value() <= 100,
                            "dimensions[" + i + "].value", "must be a number from 0 to 100");
        }
        checks.require(ratings.stream().map(DimensionRatingInput::name).collect(Collectors.toSet()).size()
                == ratings.size(), "dimensions", "must not name a dimension twice");
        for (int i = 0; i < pairs.size(); i++) {
            KanoAnswer pair = pairs.get(i);
            checks.require(pair.attribute() != null && DIMENSION.matcher(pair.attribute()).matches(),
                            "kano[" + i + "].attribute", "must be 1-50 letters, digits, _ or -, starting with a lower-case letter")
                    .require(pair.functional() != null, "kano[" + i + "].functional", "is required")
                    .require(pair.dysfunctional() != null, "kano[" + i + "].dysfunctional", "is required");
        }
        checks.require(pairs.stream().map(KanoAnswer::attribute).collect(Collectors.toSet()).size() == pairs.size(),
                "kano", "must not name an attribute twice");
        checks.throwIfInvalid();
        Map<String, Double> byName = new LinkedHashMap<>();
        ratings.forEach(rating -> byName.put(rating.name(), rating.value()));
        return new Survey(null, customerId, answeredAt, nps, csat, ces, byName, comment, now, pairs, null);
    }
}
