package io.customerlens.economics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * What serving the customers of a segmentation model's segments costs, and the gross-margin rate that turns
 * revenue into margin. One document per model; segments left out cost nothing per customer.
 *
 * @param model           the model id (the document id)
 * @param segments        yearly service cost per customer, per segment code
 * @param interactionCost cost of one service interaction (ticket, complaint, request)
 * @param grossMarginRate share of revenue that is gross margin, 0 to 1
 * @param updatedBy       API key name of the last editor, or {@code configuration} for the configured defaults
 * @param updatedAt       when it was last set; null for the configured defaults
 */
@Document(CostSheet.COLLECTION)
public record CostSheet(@Id String model, List<SegmentCost> segments,
                        @Field(targetType = FieldType.DECIMAL128) BigDecimal interactionCost, double grossMarginRate,
                        String updatedBy, Instant updatedAt) {

    public static final String COLLECTION = "service_costs";

    public CostSheet {
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    /**
     * @param segment    segment code
     * @param annualCost yearly cost of serving one customer of the segment (account manager, priority line, gifts)
     */
    public record SegmentCost(String segment, @Field(targetType = FieldType.DECIMAL128) BigDecimal annualCost) {
    }

    /** @return the yearly cost per customer of the segment; 0 when the sheet does not list it */
    BigDecimal annualCost(String segment) {
        return segments.stream().filter(cost -> cost.segment().equals(segment)).findFirst()
                .map(SegmentCost::annualCost).orElse(BigDecimal.ZERO);
    }
}
