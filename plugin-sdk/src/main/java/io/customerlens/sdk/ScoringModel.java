package io.customerlens.sdk;

import org.pf4j.ExtensionPoint;

/**
 * The common parent of every scoring model.
 *
 * <p>Implementations must be stateless and thread-safe, must return the same result for the same snapshot
 * and context, and must not do I/O: everything a model may read is in the snapshot and the context, as
 * declared by {@link ModelDescriptor#inputs()}. A model signals bad data or an internal problem by
 * throwing; the server then answers the field with an error naming the model and serves the rest.
 *
 * @param <R> the result type: {@link Segment} for segmentation, {@link Score} for the scored families
 */
public interface ScoringModel<R> extends ExtensionPoint {

    /**
     * Describes the model: identity, formula, parameters, inputs and possible outputs.
     * Called once when the plugin is loaded; must always return an equal descriptor.
     *
     * @return the descriptor, never {@code null}
     */
    ModelDescriptor descriptor();

    /**
     * Scores one customer.
     *
     * @param customer the customer's data, limited to what the descriptor declares in {@link ModelDescriptor#inputs()}
     * @param context  validated parameters, population statistics (when declared) and the evaluation date
     * @return the result, never {@code null}
     */
    R evaluate(CustomerSnapshot customer, ScoringContext context);
}
