/**
 * Dependency-free statistics used to compare scoring models across a customer population: contingency tables
 * with agreement measures (Cohen's kappa, adjusted Rand index), rank correlations (Spearman, Kendall tau-b),
 * histograms and summaries with type 7 quantiles.
 *
 * <p>Everything here is plain Java, deterministic and free of Spring. Missing numeric values are represented as
 * {@code NaN} (a {@code null} element of a {@code List<Double>} counts as {@code NaN}); each result reports how
 * many values it ignored. Invalid arguments throw {@link IllegalArgumentException} naming the argument and the
 * allowed values.
 */
package io.customerlens.analytics.stats;
