package io.customerlens.economics;

import io.customerlens.analytics.AnalyticsProperties;
import io.customerlens.scoring.ModelRef;
import io.customerlens.snapshot.SegmentTransitions.TransitionSegment;
import io.customerlens.snapshot.Snapshot;
import io.customerlens.snapshot.StoredSegments;
import io.customerlens.snapshot.StoredSegments.Pair;
import io.customerlens.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * {@code tierEconomicsChange}: for the customers a segmentation model scored in two snapshots, what they bought and
 * cost in a window ending at each snapshot's start, grouped by how they moved (up, stayed, down) and by segment pair.
 * The "before" window is priced at the cost of their segment in {@code from}, the "after" window at the cost of their
 * segment in {@code to}, both with the model's current cost sheet.
 */
@Service
class TierEconomicsChange {

    /** How a customer moved between the snapshots. */
    enum Movement {
        /** to a segment of better (lower) rank */
        UP,
        /** the same segment, or another of the same rank */
        STAYED,
        /** to a segment of worse rank */
        DOWN
    }

    /** The answer to {@code tierEconomicsChange}. */
    record Result(ModelRef model, Snapshot from, Snapshot to, Window before, Window after, int inBoth, int onlyInFrom,
                  int onlyInTo, CostSheet costs, List<Group> byMovement, List<Group> bySegmentPair) {
    }

    /**
     * A group of customers with the same movement, or the same pair of segments.
     *
     * @param marginChangePerCustomer (after margin − before margin) / customers; null for an empty group
     */
    record Group(Movement movement, TransitionSegment from, TransitionSegment to, int customers, Figures before,
                 Figures after, Double marginChangePerCustomer) {
    }

    private static final class Tallies {
        final Tally before = new Tally();
        final Tally after = new Tally();
        final Movement movement;
        final TransitionSegment from;
        final TransitionSegment to;

        Tallies(Movement movement, TransitionSegment from, TransitionSegment to) {
            this.movement = movement;
            this.from = from;
            this.to = to;
        }
    }

    private final StoredSegments segments;
    private final WindowedHistory history;
    private final CostSheets costs;
    private final AnalyticsProperties limits;

    TierEconomicsChange(StoredSegments segments, WindowedHistory history, CostSheets costs, AnalyticsProperties limits) {
        this.segments = segments;
        this.history = history;
        this.costs = costs;
        this.limits = limits;
    }

    Result between(String model, Map<String, Object> params, String fromId, String toId, Integer lookbackDays) {
        Window[] windows = new Window[2];
        CostSheet[] sheet = new CostSheet[1];
        Map<Movement, Tallies> byMovement = new EnumMap<>(Movement.class);
        for (Movement movement : Movement.values()) {
            byMovement.put(movement, new Tallies(movement, null, null));
        }
        Map<String, Tallies> byPair = new LinkedHashMap<>();
        StoredSegments.Matched matched;
        try (WindowedHistory.Walk activity = history.walk()) {
            matched = segments.match(model, params, fromId, toId, limits.batchSize(),
                    "tierEconomicsChange", (from, to) -> {
                        windows[0] = Window.ending(from.startedAt(), days(from, to, lookbackDays));
                        windows[1] = Window.ending(to.startedAt(), windows[0].days());
                        sheet[0] = costs.of(model);
                    }, batch -> {
                        List<String> ids = batch.stream().map(Pair::customerId).toList();
                        List<Map<String, Activity>> byWindow = activity.activity(ids, List.of(windows));
                        Map<String, Activity> before = byWindow.get(0);
                        Map<String, Activity> after = byWindow.get(1);
                        for (Pair pair : batch) {
                            Movement movement = movement(pair);
                            Tallies pairTallies = byPair.computeIfAbsent(pair.from().code() + "\u0000" + pair.to().code(),
                                    key -> new Tallies(movement, pair.from(), pair.to()));
                            for (Tallies tallies : List.of(byMovement.get(movement), pairTallies)) {
                                tallies.before.add(before.get(pair.customerId()),
                                        sheet[0].annualCost(pair.from().code()).multiply(windows[0].yearShare()));
                                tallies.after.add(after.get(pair.customerId()),
                                        sheet[0].annualCost(pair.to().code()).multiply(windows[1].yearShare()));
                            }
                        }
                    });
        }
        BigDecimal revenueBefore = BigDecimal.ZERO;
        BigDecimal revenueAfter = BigDecimal.ZERO;
        for (Tallies tallies : byMovement.values()) {
            revenueBefore = revenueBefore.add(tallies.before.revenue());
            revenueAfter = revenueAfter.add(tallies.after.revenue());
        }
        List<Group> movements = new ArrayList<>();
        for (Tallies tallies : byMovement.values()) {
            movements.add(group(tallies, revenueBefore, revenueAfter, sheet[0]));
        }
        List<Group> pairs = new ArrayList<>();
        for (Tallies tallies : byPair.values()) {
            pairs.add(group(tallies, revenueBefore, revenueAfter, sheet[0]));
        }
        pairs.sort(Comparator.comparingInt((Group g) -> g.from().rank()).thenComparing(g -> g.from().code())
                .thenComparingInt(g -> g.to().rank()).thenComparing(g -> g.to().code()));
        return new Result(matched.model(), matched.from(), matched.to(), windows[0], windows[1], matched.inBoth(),
                matched.onlyInFrom(), matched.onlyInTo(), sheet[0], movements, pairs);
    }

    private static Group group(Tallies tallies, BigDecimal revenueBefore, BigDecimal revenueAfter, CostSheet sheet) {
        Figures before = tallies.before.figures(revenueBefore, sheet);
        Figures after = tallies.after.figures(revenueAfter, sheet);
        int n = tallies.before.customers();
        return new Group(tallies.movement, tallies.from, tallies.to, n, before, after,
                n == 0 ? null : (after.margin() - before.margin()) / n);
    }

    static Movement movement(Pair pair) {
        if (pair.to().rank() < pair.from().rank()) {
            return Movement.UP;
        }
        return pair.to().rank() > pair.from().rank() ? Movement.DOWN : Movement.STAYED;
    }

    /** @return the window length: as asked, or by default the whole days between the two snapshots' starts */
    private static int days(Snapshot from, Snapshot to, Integer lookbackDays) {
        if (!to.startedAt().isAfter(from.startedAt())) {
            throw new InvalidInputException("to", "must have started after from (" + from.startedAt() + "); got a snapshot "
                    + "started at " + to.startedAt());
        }
        if (lookbackDays != null) {
            return TierEconomics.days(lookbackDays, "lookbackDays");
        }
        long between = Duration.between(from.startedAt(), to.startedAt()).toDays();
        if (between < 1) {
            throw new InvalidInputException("lookbackDays", "is required when the snapshots started less than a day apart "
                    + "(an integer from 1 to " + TierEconomics.MAX_DAYS + ")");
        }
        return (int) Math.min(between, TierEconomics.MAX_DAYS);
    }
}
