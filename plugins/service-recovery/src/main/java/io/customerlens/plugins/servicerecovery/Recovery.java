package io.customerlens.plugins.servicerecovery;

import static io.customerlens.plugins.support.Wording.decimal;
import static io.customerlens.plugins.support.Wording.plural;

import java.util.ArrayList;
import java.util.List;

/**
 * The complaint adjustments of one customer and the score they lead to.
 *
 * @param hours      the resolution target in hours
 * @param bonus      the recovery bonus, also the most the score may rise above the base
 * @param base       the base on 0-100
 * @param fast       points for complaints resolved within the target
 * @param late       points (0 or less) for complaints resolved late
 * @param unresolved points (0 or less) for unresolved complaints
 */
record Recovery(int hours, double bonus, double base, double fast, double late, double unresolved) {

    double raw() {
        return base + fast + late + unresolved;
    }

    /** The raw score, capped so the recovery paradox lifts it at most one bonus above the base. */
    double capped() {
        return Math.min(raw(), base + bonus);
    }

    double value() {
        return Math.min(100, Math.max(0, capped()));
    }

    /** @return e.g. "Base 87.50 (mean CSAT ...); lowered by ...; restored by ...; ... Score 69.50" */
    String explain(Base base, ComplaintTally tally) {
        StringBuilder text = new StringBuilder("Base " + decimal(base.value()) + " (" + base.basis() + ")");
        List<String> lowered = new ArrayList<>();
        List<String> restored = new ArrayList<>();
        add(lowered, tally.unresolved(), "unresolved complaint", "unresolved complaints", unresolved);
        add(lowered, tally.late(), "complaint resolved late", "complaints resolved late", late);
        String within = " resolved within " + plural(hours, "hour");
        add(fast < 0 ? lowered : restored, tally.fast(), "complaint" + within, "complaints" + within, fast);
        if (!lowered.isEmpty()) {
            text.append("; lowered by ").append(join(lowered));
        }
        if (!restored.isEmpty()) {
            text.append("; restored by ").append(join(restored));
            if (capped() < raw()) {
                text.append(", capped at base + ").append(decimal(bonus));
            }
        }
        if (tally.pending() > 0) {
            text.append("; ").append(count(tally.pending(), "complaint", "complaints"))
                    .append(" pending, no penalty yet");
        }
        if (tally.total() == 0) {
            text.append("; no complaints");
        }
        text.append(". Score ").append(decimal(value()));
        return value() != capped() ? text.append(" (clamped to 0-100)").toString() : text.toString();
    }

    private static void add(List<String> parts, int count, String one, String many, double points) {
        if (count > 0) {
            parts.add(count(count, one, many) + " (" + (points >= 0 ? "+" : "") + decimal(points) + ")");
        }
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
