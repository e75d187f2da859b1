package io.customerlens.backtest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of backtests, which hold every customer's calibration-period history in memory while they run.
 *
 * @param maxCustomers      the most customers one backtest may read
 * @param maxModels         the most model choices in one backtest
 * @param batchSize         customers read per batch
 * @param concurrentRuns    backtests computed at the same time; the rest wait in line
 * @param waitingRuns       backtests that may wait; more are refused until one finishes
 * @param keptResults       finished backtests kept, by data version and request, to be answered again at once
 */
@ConfigurationProperties("customerlens.backtest")
public record BacktestProperties(@DefaultValue("200000") int maxCustomers, @DefaultValue("8") int maxModels,
                                 @DefaultValue("5000") int batchSize, @DefaultValue("1") int concurrentRuns,
                                 @DefaultValue("4") int waitingRuns, @DefaultValue("32") int keptResults) {
}
