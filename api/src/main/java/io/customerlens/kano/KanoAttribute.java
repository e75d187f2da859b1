package io.customerlens.kano;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One attribute's classification.
 *
 * @param attribute    the attribute
 * @param respondents  customers who answered it (their latest pair counts)
 * @param category     the most frequent of attractive, performance, must-be, indifferent and reverse; ties go to
 *                     the first in that order must-be, performance, attractive, indifferent, reverse (Berger et al.'s
 *                     M &gt; O &gt; A &gt; I); questionable only when every answer was questionable
 * @param counts       respondents per category
 * @param better       (A + O) / (A + O + M + I): how much having it raises satisfaction, 0 to 1; null when A + O + M + I = 0
 * @param worse        −(O + M) / (A + O + M + I): how much lacking it lowers satisfaction, −1 to 0; null likewise
 */
public record KanoAttribute(String attribute, int respondents, KanoCategory category, Counts counts, Double better,
                            Double worse) {

    /** Tie order: Berger et al.'s rule (must-be before performance before attractive before indifferent), then reverse. */
    static final List<KanoCategory> PRECEDENCE = List.of(KanoCategory.MUST_BE, KanoCategory.PERFORMANCE,
            KanoCategory.ATTRACTIVE, KanoCategory.INDIFFERENT, KanoCategory.REVERSE);

    /** Respondents per category. */
    public record Counts(int attractive, int performance, int mustBe, int indifferent, int reverse, int questionable) {
    }

    /** @return the classification of the tallied categories */
    static KanoAttribute of(String attribute, Map<KanoCategory, Integer> tally) {
        Map<KanoCategory, Integer> n = new EnumMap<>(KanoCategory.class);
        for (KanoCategory category : KanoCategory.values()) {
            n.put(category, tally.getOrDefault(category, 0));
        }
        int a = n.get(KanoCategory.ATTRACTIVE);
        int o = n.get(KanoCategory.PERFORMANCE);
        int m = n.get(KanoCategory.MUST_BE);
        int i = n.get(KanoCategory.INDIFFERENT);
        KanoCategory category = KanoCategory.QUESTIONABLE;
        int most = 0;
        for (KanoCategory candidate : PRECEDENCE) {
            if (n.get(candidate) > most) {
                most = n.get(candidate);
                category = candidate;
            }
        }
        int base = a + o + m + i;
        Double better = base == 0 ? null : (double) (a + o) / base;
        Double worse = base == 0 ? null : o + m == 0 ? 0.0 : -(double) (o + m) / base;
        int respondents = n.values().stream().mapToInt(Integer::intValue).sum();
        return new KanoAttribute(attribute, respondents, category, new Counts(a, o, m, i, n.get(KanoCategory.REVERSE),
                n.get(KanoCategory.QUESTIONABLE)), better, worse);
    }
}
