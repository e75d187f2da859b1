package io.customerlens.customer;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Access to customers' histories, each list oldest first. The GraphQL layer implements it with per-request
 * data loaders, so that a page of customers costs one query per history kind, not one per customer.
 */
public interface CustomerHistory {

    CompletableFuture<List<Order>> orders(String customerId);

    CompletableFuture<List<Survey>> surveys(String customerId);

    CompletableFuture<List<Interaction>> interactions(String customerId);
}
