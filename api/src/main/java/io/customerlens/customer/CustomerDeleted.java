package io.customerlens.customer;

/**
 * Published after a customer and their history were deleted, so that other features drop what they keep
 * about the customer.
 *
 * @param customerId the deleted customer's id
 */
public record CustomerDeleted(String customerId) {
}
