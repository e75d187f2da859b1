package io.customerlens.economics;

import io.customerlens.scoring.ModelRegistry;
import io.customerlens.scoring.RegisteredModel;
import io.customerlens.scoring.UnknownModelException;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.web.InputChecks;
import io.customerlens.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Cost sheets: a model's sheet (or the configured defaults), and the checked replacement of it. */
@Service
class CostSheets {

    private static final double MAX_MONEY = 1_000_000_000;

    private final CostSheetStore store;
    private final ModelRegistry registry;
    private final EconomicsProperties defaults;
    private final Clock clock;

    CostSheets(CostSheetStore store, ModelRegistry registry, EconomicsProperties defaults, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.defaults = defaults;
        this.clock = clock;
    }

    /** @return the model's cost sheet, or the configured one: its segment costs (if any), rate and interaction cost */
    CostSheet of(String model) {
        CostSheet stored = store.find(model);
        if (stored != null) {
            return stored;
        }
        List<CostSheet.SegmentCost> configured = defaults.segmentCosts().getOrDefault(model, Map.of()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(cost -> new CostSheet.SegmentCost(cost.getKey(), cost.getValue())).toList();
        return new CostSheet(model, configured, defaults.interactionCost(), defaults.grossMarginRate(), "configuration",
                null);
    }

    /** @throws InvalidInputException naming every offending field; nothing is stored then */
    CostSheet save(ServiceCostsInput input, String editor) {
        RegisteredModel model = segmentation(input.model(), "input.model");
        InputChecks checks = InputChecks.of("input");
        BigDecimal interactionCost = checks.money(input.interactionCost(), "interactionCost", MAX_MONEY);
        checks.require(input.grossMarginRate() != null && input.grossMarginRate() >= 0 && input.grossMarginRate() <= 1,
                "grossMarginRate", "must be a number from 0 to 1 (got " + input.grossMarginRate() + ")");
        Set<String> declared = model.descriptor().segments().stream().map(SegmentDefinition::code)
                .collect(Collectors.toCollection(TreeSet::new));
        List<ServiceCostsInput.SegmentCostInput> given = input.segments() == null ? List.of() : input.segments();
        List<CostSheet.SegmentCost> costs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            ServiceCostsInput.SegmentCostInput cost = given.get(i);
            String field = "segments[" + i + "]";
            checks.require(cost.segment() != null && declared.contains(cost.segment()), field + ".segment",
                            "must be a segment of '" + model.id() + "': one of " + String.join(", ", declared)
                                    + " (got '" + cost.segment() + "')")
                    .require(cost.segment() == null || seen.add(cost.segment()), field + ".segment",
                            "repeats segment '" + cost.segment() + "'");
            costs.add(new CostSheet.SegmentCost(cost.segment(), checks.money(cost.annualCost(), field + ".annualCost", MAX_MONEY)));
        }
        checks.throwIfInvalid();
        return store.save(new CostSheet(model.id(), costs, interactionCost, input.grossMarginRate(), editor, clock.instant()));
    }

    /**
     * @param field the argument naming the model, for the error
     * @return the segmentation model with this id
     */
    RegisteredModel segmentation(String id, String field) {
        RegisteredModel model;
        try {
            model = registry.get(id);
        } catch (UnknownModelException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
        if (model.descriptor().family() != ModelFamily.SEGMENTATION) {
            throw new InvalidInputException(field, "'" + id + "' is a "
                    + model.descriptor().family().name().toLowerCase() + " model; service costs are set per segment of a segmentation model");
        }
        return model;
    }
}
