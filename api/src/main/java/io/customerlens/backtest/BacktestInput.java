package io.customerlens.backtest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What a backtest compares, as the GraphQL input gives it. */
public record BacktestInput(List<ModelChoice> models, LocalDate calibrationEnd, LocalDate holdoutEnd) {

    /** A model by id with optional parameters. */
    public record ModelChoice(String model, Map<String, Object> params) {
    }
}
