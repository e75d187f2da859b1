package io.customerlens.economics;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What tier economics assume for a model whose service costs no one has set (see {@code setServiceCosts}).
 *
 * @param grossMarginRate share of revenue that is gross margin, 0 to 1 (1 counts revenue as margin)
 * @param interactionCost cost of one service interaction
 * @param segmentCosts    annual cost to serve one customer, by model id and segment code (none by default; the
 *                        demo profile sets value-tier's)
 */
@ConfigurationProperties("customerlens.economics")
public record EconomicsProperties(@DefaultValue("1.0") double grossMarginRate, @DefaultValue("0") BigDecimal interactionCost,
                                  Map<String, Map<String, BigDecimal>> segmentCosts) {

    public EconomicsProperties {
        segmentCosts = segmentCosts == null ? Map.of() : Map.copyOf(segmentCosts);
    }
}
