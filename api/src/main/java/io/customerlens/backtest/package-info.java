/**
 * Backtests: every customer scored as they were at a calibration date, by any models of the catalogue, and the
 * results set against what each customer did in the holdout window after it. Which model predicts repurchase,
 * spend and purchase counts best, with the figures to show it.
 */
package io.customerlens.backtest;
