package io.customerlens.kano;

import java.util.List;

/**
 * The answer to {@code kanoAnalysis}.
 *
 * @param customers   customers matching the filter
 * @param respondents of those, customers with at least one Kano answer
 * @param attributes  every attribute answered, by name
 */
public record KanoAnalysis(int customers, int respondents, List<KanoAttribute> attributes) {
}
