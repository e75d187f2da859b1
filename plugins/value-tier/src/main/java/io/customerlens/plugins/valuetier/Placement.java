package io.customerlens.plugins.valuetier;

import io.customerlens.plugins.support.Wording;
import java.util.List;
import java.util.Optional;

/**
 * Places a customer with a positive value in a tier: by the plain thresholds, or, when the tier last
 * assigned is known, with hysteresis so that customers near a threshold do not flip between tiers.
 */
final class Placement {

    /** The tier and why, in plain words. */
    record Decision(Tier tier, List<String> why) {
    }

    private final Thresholds thresholds;
    private final Measure measure;
    private final double margin;
    private final int minDaysInTier;

    Placement(Thresholds thresholds, Measure measure, double margin, int minDaysInTier) {
        this.thresholds = thresholds;
        this.measure = measure;
        this.margin = margin;
        this.minDaysInTier = minDaysInTier;
    }

    /** Without a previous tier: vip at or above the vip threshold, extended at or above the extended one. */
    Decision plain(double value) {
        Tier tier = thresholds.plain(value);
        return new Decision(tier, List.of(standing(tier, value)));
    }

    /**
     * Up: to the highest tier whose threshold x (1 + margin) the value reaches, possibly skipping one.
     * Down: only below threshold x (1 - margin) of the current tier and after minDaysInTier days in it,
     * to the tier of the plain thresholds. Otherwise the customer stays.
     */
    Decision from(Tier previous, long daysInTier, double value) {
        Optional<Tier> up = highestUpgrade(previous, value);
        if (up.isPresent()) {
            return moveUp(previous, up.get(), value);
        }
        if (previous != Tier.BASIC && value < lower(previous)) {
            return daysInTier >= minDaysInTier ? moveDown(previous, daysInTier, value)
                    : holdForTime(previous, daysInTier, value);
        }
        return stay(previous, value);
    }

    private Optional<Tier> highestUpgrade(Tier previous, double value) {
        for (Tier tier = Tier.VIP; tier.isAbove(previous); tier = Tier.values()[tier.ordinal() - 1]) {
            if (value >= upper(tier)) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }

    private Decision moveUp(Tier previous, Tier tier, double value) {
        return new Decision(tier, List.of("moved up from " + previous.code() + " to " + tier.code() + ": "
                + measure.describe(value) + " is at least the " + tier.code() + " threshold "
                + thresholds.text(tier) + " plus the " + Wording.percent(margin) + " margin ("
                + Wording.number(upper(tier)) + ")"));
    }

    private Decision moveDown(Tier previous, long daysInTier, double value) {
        Tier tier = thresholds.plain(value);
        return new Decision(tier, List.of("moved down from " + previous.code() + " to " + tier.code() + ": "
                        + belowMargin(previous, value) + ", after " + Wording.plural(daysInTier, "day") + " in "
                        + previous.code() + " (minimum " + Wording.plural(minDaysInTier, "day") + ")",
                standing(tier, value)));
    }

    private Decision holdForTime(Tier previous, long daysInTier, double value) {
        long remaining = minDaysInTier - daysInTier;
        return new Decision(previous, List.of("held at " + previous.code() + " for " + remaining + " more"
                        + (remaining == 1 ? " day" : " days") + ": minimum time in tier "
                        + Wording.plural(minDaysInTier, "day"),
                belowMargin(previous, value) + ", but the customer has been in " + previous.code() + " only "
                        + Wording.plural(daysInTier, "day")));
    }

    private Decision stay(Tier previous, double value) {
        Tier plain = thresholds.plain(value);
        String why;
        if (plain == previous) {
            why = "stays at " + previous.code() + ": " + standing(previous, value);
        } else if (previous.isAbove(plain)) {
            why = "held at " + previous.code() + ": " + measure.describe(value) + " is below the "
                    + previous.code() + " threshold " + thresholds.text(previous) + " but within the "
                    + Wording.percent(margin) + " margin";
        } else {
            why = "held at " + previous.code() + ": " + measure.describe(value) + " reaches the " + plain.code()
                    + " threshold " + thresholds.text(plain) + " but not the " + Wording.percent(margin)
                    + " margin above it (" + Wording.number(upper(plain)) + ")";
        }
        return new Decision(previous, List.of(why));
    }

    /** Where the value stands against the plain thresholds of the tier it is in. */
    private String standing(Tier tier, double value) {
        String described = measure.describe(value);
        return switch (tier) {
            case VIP -> described + " is at least the vip threshold " + thresholds.vipText();
            case EXTENDED -> described + " is at least the extended threshold " + thresholds.extendedText()
                    + " but below the vip threshold " + thresholds.vipText();
            case BASIC -> described + " is below the extended threshold " + thresholds.extendedText();
        };
    }

    private String belowMargin(Tier tier, double value) {
        return measure.describe(value) + " is below the " + tier.code() + " threshold "
                + thresholds.text(tier) + " less the " + Wording.percent(margin) + " margin ("
                + Wording.number(lower(tier)) + ")";
    }

    /** Entry level of a tier for a customer coming from below. */
    private double upper(Tier tier) {
        return thresholds.of(tier) * (1 + margin);
    }

    /** Level below which a customer in the tier starts to move down. */
    private double lower(Tier tier) {
        return thresholds.of(tier) * (1 - margin);
    }
}
