/**
 * Segment-change events: after a write (an order, a survey, an interaction, engagement, a profile change, an import
 * batch) or a snapshot, the customers it touched are scored again under every model choice someone watches, and a
 * change of segment is published: to GraphQL subscriptions ({@code segmentChanges}) and to the webhooks admins
 * registered. Events come from the writes themselves, so they work on any store.
 */
package io.customerlens.segmentchange;
