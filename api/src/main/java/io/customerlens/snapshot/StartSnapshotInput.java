package io.customerlens.snapshot;

import io.customerlens.customer.CustomerFilter;
import java.util.List;

/**
 * What {@code startSnapshot} scores.
 *
 * @param models the models, each with its parameters
 * @param filter which customers; null for all
 */
public record StartSnapshotInput(List<ModelChoice> models, CustomerFilter filter) {
}
