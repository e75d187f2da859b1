package io.customerlens.plugins.valuetier;

import io.customerlens.plugins.support.Wording;
import io.customerlens.sdk.Quantiles;

/**
 * The entry levels of the upper tiers: type-7 quantiles of the measure over buying customers.
 *
 * @param vip          Q(1 - vipShare)
 * @param extended     Q(1 - vipShare - extendedShare), never above {@code vip}
 * @param vipText      {@code vip} as reasons show it
 * @param extendedText {@code extended} as reasons show it
 */
record Thresholds(double vip, double extended, String vipText, String extendedText) {

    static Thresholds of(Quantiles population, double vipShare, double extendedShare) {
        double vip = population.at(1 - vipShare);
        double extended = population.at(1 - (vipShare + extendedShare));
        return new Thresholds(vip, extended, Wording.number(vip), Wording.number(extended));
    }

    /** @return the tier's entry level as reasons show it */
    String text(Tier tier) {
        return switch (tier) {
            case VIP -> vipText;
            case EXTENDED -> extendedText;
            case BASIC -> Wording.number(Double.NEGATIVE_INFINITY);
        };
    }

    /** @return the tier's entry level; basic has none, so every value reaches it */
    double of(Tier tier) {
        return switch (tier) {
            case VIP -> vip;
            case EXTENDED -> extended;
            case BASIC -> Double.NEGATIVE_INFINITY;
        };
    }

    /** @return the tier by the plain thresholds, ties going up */
    Tier plain(double value) {
        if (value >= vip) {
            return Tier.VIP;
        }
        return value >= extended ? Tier.EXTENDED : Tier.BASIC;
    }

    /** @return how much more of the measure the next tier up needs; 0 in the top tier */
    double distanceToNext(Tier tier, double value, double factor) {
        return tier.above().map(next -> Math.max(0, of(next) * factor - value)).orElse(0.0);
    }
}
