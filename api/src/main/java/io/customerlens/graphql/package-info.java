/**
 * GraphQL plumbing shared by every feature: scalars, Relay connection building, input checking and the
 * mapping of exceptions to classified GraphQL errors.
 */
package io.customerlens.graphql;
