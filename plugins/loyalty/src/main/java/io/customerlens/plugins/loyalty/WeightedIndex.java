package io.customerlens.plugins.loyalty;

import static io.customerlens.plugins.support.Wording.decimal;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import java.util.ArrayList;
import java.util.List;

/**
 * The 0-100 points scale, bands and weighted mean shared by the behavioural, attitudinal and composite
 * loyalty scores.
 */
final class WeightedIndex {

    static final Scale SCALE = new Scale(0, 100, "points");

    private WeightedIndex() {
    }

    /** One weighted component in [0, 1]. */
    record Part(String name, double weight, double value, String description) {
    }

    static double totalWeight(List<Part> parts) {
        double total = 0;
        for (Part part : parts) {
            total += part.weight();
        }
        return total;
    }

    /**
     * @param parts the components; callers ensure their weights sum to more than 0
     * @param note  a sentence appended to the explanation, or ""
     * @return 100 x sum(w x c) / sum(w), banded, with the parts as components
     */
    static Score score(List<Part> parts, String note) {
        double weighted = 0;
        for (Part part : parts) {
            weighted += part.weight() * part.value();
        }
        // Clamp against rounding drift just above 100.
        double value = Math.min(100, 100 * weighted / totalWeight(parts));
        String band = band(value);
        List<Component> components = new ArrayList<>(parts.size());
        for (Part part : parts) {
            components.add(new Component(part.name(), part.value(),
                    part.description() + " (weight " + decimal(part.weight()) + ")"));
        }
        return new Score(value, SCALE, band, components, explanation(value, band, parts) + note);
    }

    /** Names the strongest and weakest weighted component; on ties the first in declaration order. */
    private static String explanation(double value, String band, List<Part> parts) {
        Part strongest = null;
        Part weakest = null;
        for (Part part : parts) {
            if (part.weight() > 0) {
                strongest = strongest == null || part.value() > strongest.value() ? part : strongest;
                weakest = weakest == null || part.value() < weakest.value() ? part : weakest;
            }
        }
        return decimal(value) + " points (" + band + "): strongest " + strongest.name() + " "
                + decimal(strongest.value()) + ", weakest " + weakest.name() + " " + decimal(weakest.value()) + ".";
    }

    static String band(double value) {
        if (value >= 75) {
            return "Highly loyal";
        }
        if (value >= 50) {
            return "Loyal";
        }
        return value >= 25 ? "Developing" : "Low";
    }
}
