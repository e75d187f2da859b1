package io.customerlens.customer;

/**
 * What {@code deleteCustomer} removed.
 *
 * @param deletedId    the customer's id
 * @param orders       orders removed
 * @param surveys      survey answers removed
 * @param interactions service interactions removed
 */
public record DeleteCustomerPayload(String deletedId, long orders, long surveys, long interactions) {
}
