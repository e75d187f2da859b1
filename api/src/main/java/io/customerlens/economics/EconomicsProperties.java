package io.customerlens.economics;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What tier economics assume for a model whose service costs no one has set (see {@code setServiceCosts}).
 *
 * @param grossMarginRate share of revenue that is gross margin, 0 to 1 (1 counts revenue as margin)
 * @param interactionCost cost of one service interaction
 */
@ConfigurationProperties("customerlens.economics")
public record EconomicsProperties(@DefaultValue("1.0") double grossMarginRate, @DefaultValue("0") BigDecimal interactionCost) {
}
