package io.customerlens.economics;

import io.customerlens.analytics.AnalyticsProperties;
import io.customerlens.customer.Customer;
import io.customerlens.customer.CustomerFilter;
import io.customerlens.customer.Customers;
import io.customerlens.scoring.BatchScoring;
import io.customerlens.scoring.BatchScoring.Choice;
import io.customerlens.scoring.ModelRef;
import io.customerlens.scoring.ScoringProperties;
import io.customerlens.scoring.SegmentView;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * {@code tierEconomics}: scores the customers matching a filter with a segmentation model (a batch at a time, as the
 * analytics views do) and adds up per segment what they bought and cost in the lookback window ending with the
 * evaluation date.
 */
@Service
class TierEconomics {

    static final int MAX_DAYS = 3650;

    /** The answer to {@code tierEconomics}. */
    record Result(ModelRef model, int customers, int failed, Window window, CostSheet costs,
                  List<SegmentEconomics> segments, Figures total) {
    }

    /** One segment's figures; every declared segment is listed, by rank. */
    record SegmentEconomics(String code, String label, int rank, Figures figures) {
    }

    private final Customers customers;
    private final BatchScoring scoring;
    private final WindowedHistory history;
    private final CostSheets costs;
    private final AnalyticsProperties limits;
    private final ScoringProperties scoringProperties;
    private final Clock clock;

    TierEconomics(Customers customers, BatchScoring scoring, WindowedHistory history, CostSheets costs,
                  AnalyticsProperties limits, ScoringProperties scoringProperties, Clock clock) {
        this.customers = customers;
        this.scoring = scoring;
        this.history = history;
        this.costs = costs;
        this.limits = limits;
        this.scoringProperties = scoringProperties;
        this.clock = clock;
    }

    Result of(String model, Map<String, Object> params, CustomerFilter filter, Integer lookbackDays) {
        Choice choice = scoring.choose(model, params);
        if (choice.family() != ModelFamily.SEGMENTATION) {
            throw new InvalidInputException("model", "'" + model + "' is a " + choice.family().name().toLowerCase()
                    + " model; tierEconomics needs a segmentation model");
        }
        int days = days(lookbackDays, "lookbackDays");
        Window window = Window.ending(scoringProperties.evaluationDate(clock).plusDays(1).atStartOfDay(ZoneOffset.UTC)
                .toInstant(), days);
        long matching = customers.count(filter);
        if (matching > limits.maxCustomers()) {
            throw new InvalidInputException("filter", "matches " + matching + " customers; tierEconomics scores at most "
                    + limits.maxCustomers() + " on the fly (customerlens.analytics.max-customers): narrow the filter");
        }
        CostSheet sheet = costs.of(choice.model().id());
        List<SegmentDefinition> segments = choice.model().descriptor().segments().stream()
                .sorted(Comparator.comparingInt(SegmentDefinition::rank).thenComparing(SegmentDefinition::code)).toList();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        segments.forEach(segment -> tallies.put(segment.code(), new Tally()));
        int[] failed = {0};
        long scanned;
        try (WindowedHistory.Walk walk = history.walk()) {
            scanned = scoring.scoreAll(customers.population(filter), limits.batchSize(),
                    List.of(choice), true, batch -> {
                List<String> ids = batch.stream().map(scored -> scored.customer().id()).toList();
                Map<String, Activity> activity = walk.activity(ids, List.of(window)).get(0);
                for (BatchScoring.Scored scored : batch) {
                    if (scored.results().get(0) instanceof SegmentView segment) {
                        tallies.get(segment.code()).add(activity.get(scored.customer().id()),
                                sheet.annualCost(segment.code()).multiply(window.yearShare()));
                    } else {
                        failed[0]++;
                    }
                }
                return true;
            });
        }
        Tally total = new Tally();
        tallies.values().forEach(total::addAll);
        BigDecimal revenue = total.revenue();
        List<SegmentEconomics> bySegment = segments.stream().map(segment -> new SegmentEconomics(segment.code(),
                segment.label(), segment.rank(), tallies.get(segment.code()).figures(revenue, sheet))).toList();
        return new Result(choice.reference(), (int) scanned, failed[0], window, sheet, bySegment,
                total.figures(revenue, sheet));
    }

    /** @return the window length asked for, 365 when not given */
    static int days(Integer lookbackDays, String field) {
        int days = lookbackDays == null ? 365 : lookbackDays;
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException(field, "must be an integer from 1 to " + MAX_DAYS + " (got " + days + ")");
        }
        return days;
    }
}
