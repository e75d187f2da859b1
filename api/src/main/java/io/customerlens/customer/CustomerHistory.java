package io.customerlens.customer;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Access to customers' histories, each list oldest first. The GraphQL layer implements it with per-request
 * data loaders, so that a page of customers costs one query per history kind, not one per customer.
 */
public interface CustomerHistory {

    CompletableFuture<List<Order>> orders(String customerId);

    CompletableFuture<List<Survey>> surveys(String customerId);

    CompletableFuture<List<Interaction>> interactions(String customerId);

    /**
     * @return the histories given by one function a kind, from a customer id to that customer's entries: per-request
     *         data loaders, a batch's lists read at once, or entries already requested
     */
    static CustomerHistory of(Function<String, CompletableFuture<List<Order>>> orders,
                              Function<String, CompletableFuture<List<Survey>>> surveys,
                              Function<String, CompletableFuture<List<Interaction>>> interactions) {
        return new CustomerHistory() {
            @Override
            public CompletableFuture<List<Order>> orders(String customerId) {
                return orders.apply(customerId);
            }

            @Override
            public CompletableFuture<List<Survey>> surveys(String customerId) {
                return surveys.apply(customerId);
            }

            @Override
            public CompletableFuture<List<Interaction>> interactions(String customerId) {
                return interactions.apply(customerId);
            }
        };
    }
}
