/**
 * Score snapshots: background jobs that score a whole population with chosen models and keep every result in the
 * {@code scores} collection as history; segment transitions between two snapshots; and customer lists filtered by
 * segment or ordered by score, served from the stored scores (the customer feature's {@code StoredScores}).
 */
package io.customerlens.snapshot;
