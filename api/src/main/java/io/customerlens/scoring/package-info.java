/**
 * Scoring: the registry of models contributed by plugins, the per-query choice of model and parameters,
 * building the customer snapshot a model sees, population statistics, and the score cache.
 */
package io.customerlens.scoring;
