package io.customerlens.plugins.lifecycle;

import io.customerlens.sdk.SegmentDefinition;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The lifecycle stages, ranked by value of the relationship (1 = mature). */
enum Stage {

    MATURE("mature", "Mature", 1,
            "Long-standing buyer (tenure at least matureTenureDays) with a steady order rate."),
    GROWING("growing", "Growing", 2,
            "Past the new stage and ordering more than in the window before, or steady but not yet mature."),
    NEW("new", "New", 3, "Buying customer whose tenure is still below newDays."),
    DECLINING("declining", "Declining", 4,
            "Still active, but ordering markedly less than in the window before."),
    LAPSED("lapsed", "Lapsed", 5, "No order for at least lapsedDays, but for less than churnedDays."),
    CHURNED("churned", "Churned", 6, "No order for at least churnedDays."),
    PROSPECT("prospect", "Prospect", 7, "No orders yet.");

    private final SegmentDefinition definition;

    Stage(String code, String label, int rank, String description) {
        this.definition = new SegmentDefinition(code, label, rank, description);
    }

    SegmentDefinition definition() {
        return definition;
    }

    /** @return every stage's definition, by rank */
    static List<SegmentDefinition> definitions() {
        return Arrays.stream(values()).map(Stage::definition)
                .sorted(Comparator.comparingInt(SegmentDefinition::rank)).toList();
    }
}
