package io.customerlens.customer;

import java.util.List;
import org.dataloader.DataLoader;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * Registers the per-request data loaders for customer histories, and adapts them to {@link CustomerHistory}.
 */
@Configuration(proxyBeanMethods = false)
public class HistoryLoaders {

    public static final String ORDERS = "orders";
    public static final String SURVEYS = "surveys";
    public static final String INTERACTIONS = "interactions";

    HistoryLoaders(BatchLoaderRegistry registry, HistoryStore history) {
        registry.<String, List<Order>>forName(ORDERS)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> history.orders(ids)));
        registry.<String, List<Survey>>forName(SURVEYS)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> history.surveysForModels(ids)));
        registry.<String, List<Interaction>>forName(INTERACTIONS)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> history.interactions(ids)));
    }

    /** @return the histories behind the data loaders of the current request */
    public static CustomerHistory of(DataLoader<String, List<Order>> orders, DataLoader<String, List<Survey>> surveys,
                                     DataLoader<String, List<Interaction>> interactions) {
        return CustomerHistory.of(orders::load, surveys::load, interactions::load);
    }
}
