package io.customerlens.backtest;

import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.ParameterType;
import java.util.HashMap;
import java.util.Map;

/**
 * Forecast horizons and the holdout. A model that forecasts purchases (a score component named
 * {@value #EXPECTED_PURCHASES}) over a horizon parameter {@value #WEEKS} or {@value #MONTHS} forecasts over the
 * holdout when the caller leaves that parameter out, so its forecast can be set against what happened.
 */
final class ForecastHorizon {

    /** The score component a purchase forecast carries: purchases expected over its horizon. */
    static final String EXPECTED_PURCHASES = "expectedPurchases";
    static final String WEEKS = "horizonWeeks";
    static final String MONTHS = "horizonMonths";
    /** Days of a mean Gregorian month, as the models convert months to weeks. */
    private static final double DAYS_PER_MONTH = 365.25 / 12;
    /** How far a forecast's horizon may be from the holdout's length to be compared with it. */
    static final double TOLERANCE = 0.02;

    private ForecastHorizon() {
    }

    /** @return the parameters with the horizon set to the holdout's length, when the model has one and it was left out */
    static Map<String, Object> filled(ModelDescriptor descriptor, Map<String, Object> params, long holdoutDays) {
        Map<String, Object> filled = params == null ? new HashMap<>() : new HashMap<>(params);
        for (ParameterSpec spec : descriptor.parameters()) {
            if (spec.type() != ParameterType.INTEGER || filled.containsKey(spec.name())) {
                continue;
            }
            if (spec.name().equals(WEEKS)) {
                filled.put(WEEKS, within(spec, Math.round(holdoutDays / 7.0)));
            } else if (spec.name().equals(MONTHS)) {
                filled.put(MONTHS, within(spec, Math.round(holdoutDays / DAYS_PER_MONTH)));
            }
        }
        return filled;
    }

    private static long within(ParameterSpec spec, long value) {
        long low = spec.min() == null ? value : (long) Math.ceil(spec.min());
        long high = spec.max() == null ? value : (long) Math.floor(spec.max());
        return Math.max(low, Math.min(high, value));
    }

    /** @return the days the chosen horizon covers, or NaN for parameters without one */
    static double days(Map<String, Object> resolvedParams) {
        if (resolvedParams.get(WEEKS) instanceof Number weeks) {
            return weeks.doubleValue() * 7;
        }
        if (resolvedParams.get(MONTHS) instanceof Number months) {
            return months.doubleValue() * DAYS_PER_MONTH;
        }
        return Double.NaN;
    }
}
