package io.customerlens.plugins.valuetier;

import io.customerlens.plugins.support.Wording;
import io.customerlens.sdk.OrderSummary;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Quantiles;

/** The figure customers are tiered on, and its distribution over buying customers. */
enum Measure {

    SPEND("spend", "spend") {
        @Override
        double of(OrderSummary orders) {
            return orders.total();
        }

        @Override
        Quantiles in(PopulationStatistics population) {
            return population.monetary();
        }
    },
    ORDERS("orders", "order count") {
        @Override
        double of(OrderSummary orders) {
            return orders.count();
        }

        @Override
        Quantiles in(PopulationStatistics population) {
            return population.frequency();
        }
    };

    private final String parameterValue;
    private final String noun;

    Measure(String parameterValue, String noun) {
        this.parameterValue = parameterValue;
        this.noun = noun;
    }

    /** @return the customer's value: total spend or number of orders (0 without orders) */
    abstract double of(OrderSummary orders);

    /** @return the measure's quantiles over customers with at least one order */
    abstract Quantiles in(PopulationStatistics population);

    String parameterValue() {
        return parameterValue;
    }

    String noun() {
        return noun;
    }

    /** @return e.g. "spend 950" or "order count 7" */
    String describe(double value) {
        return noun + " " + Wording.number(value);
    }

    static Measure ofParameter(String value) {
        return ORDERS.parameterValue.equals(value) ? ORDERS : SPEND;
    }
}
