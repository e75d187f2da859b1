package io.customerlens.economics;

import java.util.List;

/**
 * The {@code setServiceCosts} input: replaces a model's cost sheet.
 *
 * @param model           a segmentation model id
 * @param segments        yearly cost per customer, per declared segment code
 * @param interactionCost cost of one service interaction
 * @param grossMarginRate share of revenue that is gross margin, 0 to 1
 */
public record ServiceCostsInput(String model, List<SegmentCostInput> segments, Double interactionCost,
                                Double grossMarginRate) {

    /**
     * @param segment    segment code
     * @param annualCost yearly cost per customer
     */
    public record SegmentCostInput(String segment, Double annualCost) {
    }
}
