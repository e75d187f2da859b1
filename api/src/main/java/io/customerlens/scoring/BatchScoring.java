package io.customerlens.scoring;

import io.customerlens.customer.Customer;
import io.customerlens.customer.CustomerBatches;
import io.customerlens.customer.CustomerHistory;
import io.customerlens.customer.HistoryStore;
import io.customerlens.customer.HistoryWalk;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.Order;
import io.customerlens.customer.Survey;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.support.Cancellation;
import io.customerlens.support.DaemonThreads;
import io.customerlens.support.Futures;
import io.customerlens.support.Slices;
import io.customerlens.web.ClassifiedError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Scores customers with one or more models at once, for pages, population views and snapshots: a batch's histories
 * come from one query per kind (a page) or from one cursor per kind for a whole population pass ({@link Pass}), its
 * segment memory from one query per model, and every result goes through the same checks, cache and timeout as a
 * single customer's field.
 */
@Service
public class BatchScoring implements DisposableBean {

    private final CustomerScoring scoring;
    private final ModelRegistry registry;
    private final HistoryStore history;

    private final ExecutorService slicePool = Executors.newCachedThreadPool(DaemonThreads.named("batch-scoring"));

    private final PopulationResults viewResults;
    private final Duration requestTimeout;

    BatchScoring(CustomerScoring scoring, ModelRegistry registry, HistoryStore history,
                 PopulationResults viewResults, ScoringProperties properties) {
        this.scoring = scoring;
        this.registry = registry;
        this.history = history;
        this.viewResults = viewResults;
        this.requestTimeout = properties.requestTimeout();
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
     * Scores every customer of a page with every choice, each history kind a model reads loaded for the page with
     * one query. The page's model calls run side by side under one deadline ({@code request-timeout}); a model
     * that fails or is unavailable fails only its results.
     *
     * @param keepInCache whether computed results go into the score cache: yes for views an analyst repeats, no for
     *                    a one-off pass over the whole population, which would evict what live queries use
     */
    public List<Scored> score(List<Customer> batch, List<Choice> choices, boolean keepInCache) {
        return scoreBatch(batch, choices, keepInCache, Reuse.NONE, ScoringDeadline.after(requestTimeout));
    }

    private List<Scored> scoreBatch(List<Customer> batch, List<Choice> choices, boolean keepInCache, Reuse reuse,
                                    ScoringDeadline deadline) {
        List<String> ids = batch.stream().map(Customer::id).toList();
        List<SegmentMemory> memories = new ArrayList<>();
        for (int c = 0; c < choices.size(); c++) {
            Choice choice = choices.get(c);
            memories.add(reuse.allKnown(c, ids) ? scoring.noMemory() : scoring.memory(ids, choice.model(), choice.params()));
        }
        List<Scored> scored = score(batch, choices, keepInCache, batchHistories(ids), memories, reuse, deadline);
        memories.forEach(SegmentMemory::flush); // the segments assigned, one bulk write per model
        return scored;
    }

    /**
     * Scores every customer of the population, a batch at a time. A population of one batch reads its histories
     * with one query per kind; a larger one with one cursor per kind for the whole population.
     *
     * @param view whether this is a view an analyst may repeat or follow with others over the same data: its results
     *             are shared with later views ({@link PopulationResults}); a one-off pass (a snapshot) neither reads
     *             nor keeps them. Neither fills the per-customer score cache, which pages use.
     * @param sink takes each scored batch; returns false to stop
     * @return how many customers were scored
     * @throws ModelUnavailableException when a model's circuit breaker opens during the pass (it failed or timed out
     *                                   repeatedly): the pass stops rather than fail every remaining customer
     */
    public long scoreAll(CustomerBatches customers, int batchSize, List<Choice> choices, boolean view,
                         Predicate<List<Scored>> sink) {
        Reuse reuse = view ? new Reuse(viewResults, choices) : Reuse.NONE;
        try (Pass pass = new Pass(choices, reuse, history.walk())) {
            boolean[] first = {true};
            long scored = customers.forEachBatch(batchSize, batch -> {
                boolean only = first[0] && batch.size() < batchSize;
                first[0] = false;
                return sink.test(only ? scoreBatch(batch, choices, false, reuse, ScoringDeadline.perCall())
                        : pass.score(batch));
            });
            reuse.keep();
            return scored;
        }
    }

    /**
     * A pass over a population handed over in batches of ascending customer id, as
     * {@code Customers.forEachBatch} does: the histories and segment memories are read by one cursor each for
     * the whole pass.
     */
    private final class Pass implements AutoCloseable {
        private final List<Choice> choices;
        private final Reuse reuse;
        private final HistoryWalk histories;
        private final List<SegmentStates.MemoryWalk> memories = new ArrayList<>();
        private CompletableFuture<Void> flushing = CompletableFuture.completedFuture(null);

        private Pass(List<Choice> choices, Reuse reuse, HistoryWalk histories) {
            this.choices = List.copyOf(choices);
            this.reuse = reuse;
            this.histories = histories;
            choices.forEach(choice -> memories.add(scoring.memoryWalk(choice.model(), choice.params())));
        }

        /** Scores the next batch; its ids must all lie above those of the batches before. */
        List<Scored> score(List<Customer> batch) {
            List<String> ids = batch.stream().map(Customer::id).toList();
            List<SegmentMemory> batchMemories = new ArrayList<>();
            for (int c = 0; c < choices.size(); c++) {
                SegmentStates.MemoryWalk walk = memories.get(c);
                batchMemories.add(walk == null || reuse.allKnown(c, ids) ? scoring.noMemory() : walk.batch(ids));
            }
            List<Scored> scored = BatchScoring.this.score(batch, choices, false, walkedHistories(ids, histories),
                    batchMemories, reuse, ScoringDeadline.perCall());
            // The segments assigned are written (one bulk write per model) while the next batch is scored.
            Futures.await(flushing);
            flushing = CompletableFuture.runAsync(() -> batchMemories.forEach(SegmentMemory::flush), slicePool);
            return scored;
        }

        @Override
        public void close() {
            Futures.await(flushing);
            histories.close();
            memories.stream().filter(Objects::nonNull).forEach(SegmentStates.MemoryWalk::close);
        }
    }

    /** The results of earlier views a pass reads, and those it computes to keep for later ones, per choice. */
    private static final class Reuse {
        static final Reuse NONE = new Reuse(null, List.of());
        private final PopulationResults results;
        private final List<PopulationResults.Key> keys = new ArrayList<>();
        private final List<Map<String, Object>> known = new ArrayList<>();
        private final List<Map<String, Object>> computed = new ArrayList<>();

        /** @param results where views keep their results; null for a pass that neither reads nor keeps them */
        Reuse(PopulationResults results, List<Choice> choices) {
            this.results = results;
            for (Choice choice : choices) {
                PopulationResults.Key key = results == null ? null : results.key(choice);
                Map<String, Object> column = key == null ? null : results.column(key);
                keys.add(key);
                known.add(column == null ? Map.of() : column);
                computed.add(new ConcurrentHashMap<>());
            }
        }

        /** @return whether earlier views computed this choice for every customer of the batch */
        boolean allKnown(int choice, List<String> customerIds) {
            Map<String, Object> column = results == null ? Map.of() : known.get(choice);
            return !column.isEmpty() && customerIds.stream().allMatch(column::containsKey);
        }

        /** @return what an earlier view computed for this choice and customer, or null */
        Object known(int choice, String customerId) {
            return results == null ? null : known.get(choice).get(customerId);
        }

        /** Remembers a result to keep; failures are not kept, a later view tries again. */
        void computed(int choice, String customerId, Object result) {
            if (results != null && !(result instanceof Failure)) {
                computed.get(choice).put(customerId, result);
            }
        }

        /** Hands what this pass computed to later views. */
        void keep() {
            if (results != null) {
                for (int c = 0; c < keys.size(); c++) {
                    results.keep(keys.get(c), computed.get(c));
                }
            }
        }
    }

    private List<Scored> score(List<Customer> batch, List<Choice> choices, boolean keepInCache,
                               CustomerHistory histories, List<SegmentMemory> memories, Reuse reuse,
                               ScoringDeadline deadline) {
        // Each slice waits on its model calls in turn, or, under a shared deadline, starts them all and then waits.
        Cancellation cancellation = Cancellation.current(); // the caller's: the slices run on other threads
        return Slices.map(batch, slicePool, slice -> scoreSlice(slice, choices, keepInCache, histories,
                memories, reuse, deadline, cancellation));
    }

    private List<Scored> scoreSlice(List<Customer> slice, List<Choice> choices, boolean keepInCache,
                                    CustomerHistory histories, List<SegmentMemory> memories, Reuse reuse,
                                    ScoringDeadline deadline, Cancellation cancellation) {
        List<List<Object>> rows = new ArrayList<>(slice.size());
        for (Customer customer : slice) {
            cancellation.check();
            List<Object> results = new ArrayList<>(choices.size());
            for (int c = 0; c < choices.size(); c++) {
                Object known = reuse.known(c, customer.id());
                if (known != null) {
                    results.add(known);
                    continue;
                }
                Choice choice = choices.get(c);
                CompletableFuture<?> result = choice.family() == ModelFamily.SEGMENTATION
                        ? scoring.segment(customer, choice.model().id(), choice.params(), histories, memories.get(c),
                        keepInCache, deadline)
                        : scoring.score(customer, choice.family(), choice.model().id(), choice.params(), histories,
                        keepInCache, deadline);
                if (deadline.shared()) {
                    results.add(result);
                } else {
                    results.add(outcome(result, true));
                    reuse.computed(c, customer.id(), results.get(c));
                }
            }
            rows.add(results);
        }
        List<Scored> scored = new ArrayList<>(slice.size());
        for (int i = 0; i < slice.size(); i++) {
            List<Object> results = rows.get(i);
            for (int c = 0; c < results.size(); c++) {
                if (results.get(c) instanceof CompletableFuture<?> pending) {
                    results.set(c, outcome(pending, false));
                    reuse.computed(c, slice.get(i).id(), results.get(c));
                }
            }
            scored.add(new Scored(slice.get(i), results));
        }
        return scored;
    }

    @Override
    public void destroy() {
        slicePool.shutdownNow();
    }

    /** @param stopWhenUnavailable whether a model whose breaker is open stops the whole pass */
    private static Object outcome(CompletableFuture<?> result, boolean stopWhenUnavailable) {
        try {
            return result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (stopWhenUnavailable && cause instanceof ModelUnavailableException unavailable) {
                throw unavailable;
            }
            if (cause instanceof ClassifiedError) {
                return new Failure(cause.getMessage());
            }
            throw e;
        }
    }

    /** The histories of one batch, each kind loaded with one query when a model first asks for it. */
    private CustomerHistory batchHistories(List<String> ids) {
        return histories(new Lazy<>(() -> history.orders(ids)), new Lazy<>(() -> history.surveysForModels(ids)),
                new Lazy<>(() -> history.interactions(ids)));
    }

    /** The histories of a batch of a pass, each kind taken from the pass's cursor when a model first asks for it. */
    private static CustomerHistory walkedHistories(List<String> ids, HistoryWalk walk) {
        return histories(new Lazy<>(() -> walk.orders(ids)), new Lazy<>(() -> walk.surveys(ids)),
                new Lazy<>(() -> walk.interactions(ids)));
    }

    /** A batch whose results all come from the score cache loads nothing. */
    private static CustomerHistory histories(Lazy<Map<String, List<Order>>> orders, Lazy<Map<String, List<Survey>>> surveys,
                                             Lazy<Map<String, List<Interaction>>> interactions) {
        return CustomerHistory.of(id -> entries(orders, id), id -> entries(surveys, id),
                id -> entries(interactions, id));
    }

    private static <T> CompletableFuture<List<T>> entries(Lazy<Map<String, List<T>>> byCustomer, String customerId) {
        return CompletableFuture.completedFuture(byCustomer.get().getOrDefault(customerId, List.of()));
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
