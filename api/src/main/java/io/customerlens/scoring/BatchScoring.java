package io.customerlens.scoring;

import io.customerlens.customer.Customer;
import io.customerlens.customer.CustomerHistory;
import io.customerlens.customer.HistoryRepository;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.Order;
import io.customerlens.customer.Survey;
import io.customerlens.graphql.ClassifiedError;
import io.customerlens.sdk.ModelFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Scores a batch of customers with one or more models at once, for population views and snapshots: each history
 * kind the models read, and the segment memory, is loaded for the whole batch in one query, and every result goes through the same
 * checks, cache and timeout as a single customer's field.
 */
@Service
public class BatchScoring {

    private final ScoringService scoring;
    private final ModelRegistry registry;
    private final HistoryRepository history;

    BatchScoring(ScoringService scoring, ModelRegistry registry, HistoryRepository history) {
        this.scoring = scoring;
        this.registry = registry;
        this.history = history;
    }

    /**
     * A model chosen by id, with its parameters.
     *
     * @param model     the model
     * @param params    parameter values as given; null for the defaults
     * @param reference the model, version and parameter values (defaults included) its results carry
     */
    public record Choice(RegisteredModel model, Map<String, Object> params, ModelRef reference) {
        public ModelFamily family() {
            return model.descriptor().family();
        }
    }

    /**
     * One customer's results, in the order of the choices: a {@link SegmentView}, a {@link ScoreView}, or a
     * {@link Failure} when the model could not score this customer.
     */
    public record Scored(Customer customer, List<Object> results) {
    }

    /** Why a model could not score a customer; the message is the one the GraphQL field would show. */
    public record Failure(String message) {
    }

    /**
     * @return the model with this id, with its parameters checked
     * @throws UnknownModelException or ModelParameterException, both classified BAD_REQUEST
     */
    public Choice choose(String modelId, Map<String, Object> params) {
        RegisteredModel model = registry.get(modelId);
        return new Choice(model, params, scoring.reference(model, params));
    }

    /**
     * Scores every customer of the batch with every choice.
     *
     * @param keepInCache whether computed results go into the score cache: yes for views an analyst repeats, no for
     *                    a one-off pass over the whole population, which would evict what live queries use
     */
    public List<Scored> score(List<Customer> batch, List<Choice> choices, boolean keepInCache) {
        CustomerHistory histories = histories(batch, choices);
        List<String> ids = batch.stream().map(Customer::id).toList();
        List<SegmentMemory> memories = choices.stream()
                .map(choice -> scoring.memory(ids, choice.model(), choice.params())).toList();
        List<List<CompletableFuture<?>>> pending = new ArrayList<>();
        for (Customer customer : batch) {
            List<CompletableFuture<?>> row = new ArrayList<>();
            for (int c = 0; c < choices.size(); c++) {
                Choice choice = choices.get(c);
                row.add(choice.family() == ModelFamily.SEGMENTATION
                        ? scoring.segment(customer, choice.model().id(), choice.params(), histories, memories.get(c),
                        keepInCache)
                        : scoring.score(customer, choice.family(), choice.model().id(), choice.params(), histories,
                        keepInCache));
            }
            pending.add(row);
        }
        List<Scored> scored = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            scored.add(new Scored(batch.get(i), pending.get(i).stream().map(BatchScoring::outcome).toList()));
        }
        memories.forEach(SegmentMemory::flush); // the segments assigned, one bulk write per model
        return scored;
    }

    private static Object outcome(CompletableFuture<?> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof ClassifiedError) {
                return new Failure(cause.getMessage());
            }
            throw e;
        }
    }

    /**
     * The histories of the batch, each kind loaded for the whole batch with one query when a model first asks for it:
     * a batch whose results all come from the score cache queries nothing.
     */
    private CustomerHistory histories(List<Customer> batch, List<Choice> choices) {
        List<String> ids = batch.stream().map(Customer::id).toList();
        Lazy<Map<String, List<Order>>> orders = new Lazy<>(() -> history.orders(ids));
        Lazy<Map<String, List<Survey>>> surveys = new Lazy<>(() -> history.surveys(ids));
        Lazy<Map<String, List<Interaction>>> interactions = new Lazy<>(() -> history.interactions(ids));
        return new CustomerHistory() {
            @Override
            public CompletableFuture<List<Order>> orders(String customerId) {
                return CompletableFuture.completedFuture(orders.get().getOrDefault(customerId, List.of()));
            }

            @Override
            public CompletableFuture<List<Survey>> surveys(String customerId) {
                return CompletableFuture.completedFuture(surveys.get().getOrDefault(customerId, List.of()));
            }

            @Override
            public CompletableFuture<List<Interaction>> interactions(String customerId) {
                return CompletableFuture.completedFuture(interactions.get().getOrDefault(customerId, List.of()));
            }
        };
    }

    /** A value computed on first use, once. */
    private static final class Lazy<T> {
        private final Supplier<T> supplier;
        private T value;

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        synchronized T get() {
            if (value == null) {
                value = supplier.get();
            }
            return value;
        }
    }
}
