package io.customerlens.customer;

/**
 * Published while a customer is erased (privacy), after their documents are removed and before the audit record is
 * written, so that features which quote the customer in records kept for everyone (snapshot failures, import
 * reports) drop those quotes. A listener that throws fails the erasure, which the caller can then ask again.
 *
 * @param customerId the erased customer's id
 * @param externalId their external id, or null if their document was already gone
 */
public record CustomerErased(String customerId, String externalId) {
}
