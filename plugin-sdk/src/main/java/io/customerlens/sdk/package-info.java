/**
 * The Customer Lens plugin SDK: the contract between the Customer Lens server and scoring-model plugins.
 *
 * <p>A plugin contributes one or more PF4J extensions implementing {@link io.customerlens.sdk.SegmentationModel},
 * {@link io.customerlens.sdk.SatisfactionModel} or {@link io.customerlens.sdk.LoyaltyModel}. The server finds
 * them, lists their {@link io.customerlens.sdk.ModelDescriptor descriptors} in its model catalogue, and calls
 * {@link io.customerlens.sdk.ScoringModel#evaluate evaluate} with an immutable
 * {@link io.customerlens.sdk.CustomerSnapshot} and a {@link io.customerlens.sdk.ScoringContext}.
 *
 * <p>Everything here is plain Java: immutable records, no framework beyond PF4J's {@code ExtensionPoint}.
 * Models must be stateless and thread-safe, deterministic for the same snapshot and context, and fast:
 * they are called on request threads and their results are cached by the server.
 */
package io.customerlens.sdk;
