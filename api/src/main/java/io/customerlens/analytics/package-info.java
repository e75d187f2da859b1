/**
 * Population views for analysts: segment and score distributions and side-by-side model comparisons, computed by
 * scoring the customers matching a filter batch by batch. The statistics themselves live in {@code stats}.
 */
package io.customerlens.analytics;
