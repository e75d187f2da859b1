package io.customerlens.plugins.servqual;

import io.customerlens.sdk.SurveyResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads SERVQUAL item answers from survey dimensions and turns them into per-dimension gaps. */
final class ItemGaps {

    /** {@code <dimension>_e<item>} or {@code <dimension>_p<item>}, item a positive integer without leading zeros. */
    static final Pattern ITEM = Pattern.compile(
            "(tangibles|reliability|responsiveness|assurance|empathy)_([ep])([1-9][0-9]{0,8})");

    static final double MIN_RATING = 1;
    static final double MAX_RATING = 7;

    private ItemGaps() {
    }

    /** A dimension's gap: the mean of its item gaps, and how many item pairs it has. */
    record DimensionGap(double gap, int items) {
    }

    /**
     * @param surveys the surveys in the window, oldest first
     * @return the gap of every dimension with at least one item pair, in dimension order
     * @throws IllegalArgumentException if an item answer is not a number within 1-7
     */
    static Map<Dimension, DimensionGap> byDimension(List<SurveyResponse> surveys) {
        Map<String, Double> latest = latestAnswers(surveys);
        Map<Dimension, List<Double>> itemGaps = new EnumMap<>(Dimension.class);
        latest.forEach((name, expectation) -> {
            Matcher item = ITEM.matcher(name);
            if (item.matches() && item.group(2).equals("e")) {
                Double perception = latest.get(item.group(1) + "_p" + item.group(3));
                if (perception != null) {
                    itemGaps.computeIfAbsent(Dimension.of(item.group(1)), d -> new ArrayList<>())
                            .add(perception - expectation);
                }
            }
        });
        Map<Dimension, DimensionGap> gaps = new EnumMap<>(Dimension.class);
        itemGaps.forEach((dimension, list) -> gaps.put(dimension,
                new DimensionGap(list.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), list.size())));
        return gaps;
    }

    /** The latest answer of every valid item name; a later survey overwrites an earlier one. Sorted for determinism. */
    private static Map<String, Double> latestAnswers(List<SurveyResponse> surveys) {
        Map<String, Double> latest = new TreeMap<>();
        for (SurveyResponse survey : surveys) {
            survey.dimensions().forEach((name, value) -> {
                if (ITEM.matcher(name).matches()) {
                    latest.put(name, checked(name, value));
                }
            });
        }
        return latest;
    }

    private static double checked(String name, Double value) {
        if (value == null || !(value >= MIN_RATING && value <= MAX_RATING)) {
            throw new IllegalArgumentException("SERVQUAL answer " + name + " = " + value + " is outside 1-7");
        }
        return value;
    }
}
