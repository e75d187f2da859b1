package io.customerlens.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.customerlens.customer.Customer;
import io.customerlens.customer.CustomerHistory;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.Order;
import io.customerlens.customer.Survey;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationFit;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.PreviousSegment;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.ScoringModel;
import io.customerlens.sdk.Segment;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.stereotype.Service;

/**
 * Scores one customer with a model chosen by id, with the caller's parameters: checks the choice, serves the
 * cached result when there is one, otherwise loads just the data the model declares, runs it and checks what
 * it returns. Each run is timed per model as {@code customerlens.model.evaluation}.
 */
@Service
public class CustomerScoring {

    private final ModelRegistry registry;
    private final PopulationFigures population;
    private final PopulationFits fits;
    private final ModelExecutor executor;
    private final ModelBreakers breakers;
    private final SegmentStates states;
    private final ScoreCache cache;
    private final ScoringProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Cache<ResolvedKey, Parameters> resolved = Caffeine.newBuilder().maximumSize(1_000).build();

    CustomerScoring(ModelRegistry registry, PopulationFigures population, PopulationFits fits,
                   ModelExecutor executor, ModelBreakers breakers, SegmentStates states, ScoreCache cache,
                   ScoringProperties properties, MeterRegistry meters, Clock clock) {
        this.registry = registry;
        this.population = population;
        this.fits = fits;
        this.executor = executor;
        this.breakers = breakers;
        this.states = states;
        this.cache = cache;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Segments the customer with a segmentation model.
     *
     * @param history     where the customer's orders, surveys and interactions are read from, only the kinds the
     *                    model declares
     * @param memory      where models that declare {@code PREVIOUS_SEGMENT} read and record their segment memory
     *                    (a page's data loader, a batch's prefetched states) instead of one query per customer
     * @param keepInCache false to leave a computed result out of the score cache (a cached one is still used), so
     *                    that a pass over the whole population does not evict what live queries use
     * @param deadline    when the model must have answered: the request's, or none beyond the per-call limit
     */
    public CompletableFuture<SegmentView> segment(Customer customer, String modelId, Map<String, Object> params,
                                                  CustomerHistory history, SegmentMemory memory, boolean keepInCache,
                                                  ScoringDeadline deadline) {
        RegisteredModel model = registry.get(ModelFamily.SEGMENTATION, modelId);
        return evaluate(model, customer, params, history, memory, keepInCache, deadline)
                .thenApply(result -> segmentOf(model, result.ref(), result.value()));
    }

    /** @return a segmentation model's result, checked against its descriptor */
    static SegmentView segmentOf(RegisteredModel model, ModelRef ref, Object value) {
        if (!(value instanceof Segment segment)) {
            throw new ModelFailureException(model, "returned no segment", null);
        }
        if (model.descriptor().segments().stream().noneMatch(s -> s.code().equals(segment.code()))) {
            throw new ModelFailureException(model, "returned segment '" + segment.code()
                    + "', which its descriptor does not declare", null);
        }
        return SegmentView.of(ref, segment);
    }

    /**
     * Scores the customer with a satisfaction or loyalty model; {@code history}, {@code keepInCache} and
     * {@code deadline} as for {@link #segment}.
     */
    public CompletableFuture<ScoreView> score(Customer customer, ModelFamily family, String modelId,
                                              Map<String, Object> params, CustomerHistory history, boolean keepInCache,
                                              ScoringDeadline deadline) {
        RegisteredModel model = registry.get(family, modelId);
        return evaluate(model, customer, params, history, states, keepInCache, deadline)
                .thenApply(result -> scoreOf(model, result.ref(), result.value()));
    }

    /** @return a satisfaction or loyalty model's result, checked against its declared scale */
    static ScoreView scoreOf(RegisteredModel model, ModelRef ref, Object value) {
        if (!(value instanceof Score score)) {
            throw new ModelFailureException(model, "returned no score", null);
        }
        var declared = model.descriptor().scale();
        if (score.scale().min() != declared.min() || score.scale().max() != declared.max()) {
            throw new ModelFailureException(model, "returned a score on " + score.scale().min() + ".."
                    + score.scale().max() + " instead of its declared scale " + declared.min() + ".." + declared.max(), null);
        }
        return ScoreView.of(ref, score);
    }

    private record Result(ModelRef ref, Object value) {
    }

    private CompletableFuture<Result> evaluate(RegisteredModel model, Customer customer, Map<String, Object> rawParams,
                                               CustomerHistory history, SegmentMemory memory, boolean keepInCache,
                                               ScoringDeadline deadline) {
        Parameters parameters = resolve(model, rawParams);
        Set<CustomerData> inputs = model.descriptor().inputs();
        if (!inputs.contains(CustomerData.PREVIOUS_SEGMENT)) {
            return cachedOrRun(model, customer, parameters, history, null, memory, keepInCache, deadline);
        }
        // Every load is requested now, none from a callback of another: data loaders dispatch level by level.
        CompletableFuture<PreviousSegment> previous = memory.previous(customer.id(), model.id(), parameters.canonical());
        CustomerHistory requested = Requested.of(history, inputs, customer.id()).asHistory();
        return previous.thenCompose(found -> cachedOrRun(model, customer, parameters, requested, found, memory,
                keepInCache, deadline));
    }

    /** The cached result of this model choice for the customer as they are now, or the model run on their data. */
    private CompletableFuture<Result> cachedOrRun(RegisteredModel model, Customer customer, Parameters parameters,
                                                  CustomerHistory history, PreviousSegment previous,
                                                  SegmentMemory memory, boolean keepInCache,
                                                  ScoringDeadline deadline) {
        ModelDescriptor descriptor = model.descriptor();
        Set<CustomerData> inputs = descriptor.inputs();
        String params = parameters.canonical();
        ModelRef ref = reference(model, parameters);
        LocalDate asOf = properties.evaluationDate(clock);
        PopulationFigures.Versioned stats = needsPopulation(model) ? population.statistics(asOf, inputs) : null;
        ScoreCache.Key key = new ScoreCache.Key(customer.id(), customer.revision(), descriptor.id(), descriptor.version(),
                model.pluginVersion(), model.generation(), params, asOf, stats == null ? -1 : stats.version(), previous);
        Object cached = cache.get(key);
        if (cached != null) {
            return CompletableFuture.completedFuture(new Result(ref, cached));
        }
        Object fitted = stats == null ? null : fits.fitted(model, parameters, stats);
        ScoringContext context = new ScoringContext(parameters,
                stats == null ? PopulationStatistics.EMPTY : stats.statistics(), asOf, fitted, previous);
        return Requested.of(history, inputs, customer.id()).snapshot(customer)
                .thenCompose(snapshot -> run(model, snapshot, context, deadline)).thenApply(value -> {
            if (inputs.contains(CustomerData.PREVIOUS_SEGMENT) && value instanceof Segment segment) {
                memory.record(states, customer.id(), descriptor.id(), params, previous, segment.code(), asOf);
            }
            if (keepInCache) {
                cache.put(key, value);
            }
            return new Result(ref, value);
        });
    }

    /** @return whether the model reads population figures or fits its parameters on the population */
    static boolean needsPopulation(RegisteredModel model) {
        Set<CustomerData> inputs = model.descriptor().inputs();
        return inputs.contains(CustomerData.POPULATION) || inputs.contains(CustomerData.PURCHASE_PATTERNS)
                || inputs.contains(CustomerData.MEMBERSHIPS) || model.model() instanceof PopulationFit;
    }

    /** @return a deadline for all the scoring of a request starting now ({@code customerlens.scoring.request-timeout}) */
    public ScoringDeadline requestDeadline() {
        return ScoringDeadline.after(properties.requestTimeout());
    }

    /** @return the segment memory of a batch of customers for one model choice, read with one query if it has any */
    SegmentMemory memory(List<String> customerIds, RegisteredModel model, Map<String, Object> rawParams) {
        if (!model.descriptor().inputs().contains(CustomerData.PREVIOUS_SEGMENT)) {
            return states;
        }
        return states.prefetch(customerIds, model.id(), resolve(model, rawParams).canonical());
    }

    /**
     * @return the segment memory of a pass over a population for one model choice, or null for a model that keeps
     *         none; see {@link SegmentStates#walk}
     */
    SegmentStates.MemoryWalk memoryWalk(RegisteredModel model, Map<String, Object> rawParams) {
        if (!model.descriptor().inputs().contains(CustomerData.PREVIOUS_SEGMENT)) {
            return null;
        }
        return states.walk(model.id(), resolve(model, rawParams).canonical());
    }

    /** The memory a batch reads from when its model keeps none: the segment states, never asked. */
    SegmentMemory noMemory() {
        return states;
    }

    /**
     * Checks parameter values against the model's declared parameters (before a long run rather than at its first
     * customer) and names the model, version and parameter values a result would carry.
     */
    ModelRef reference(RegisteredModel model, Map<String, Object> rawParams) {
        return reference(model, resolve(model, rawParams));
    }

    static ModelRef reference(RegisteredModel model, Parameters parameters) {
        return new ModelRef(model.id(), model.descriptor().version(), model.pluginId(), model.pluginVersion(),
                parameters.asMap());
    }

    private Parameters resolve(RegisteredModel model, Map<String, Object> rawParams) {
        // A page asks with the same few parameter sets for every customer: checked once each, not once per field.
        ResolvedKey key = new ResolvedKey(model.generation(), model.id(), rawParams == null ? Map.of() : rawParams);
        Parameters known = resolved.getIfPresent(key);
        if (known != null) {
            return known;
        }
        try {
            Parameters parameters = Parameters.resolve(model.descriptor().parameters(), rawParams);
            resolved.put(new ResolvedKey(key.generation(), key.model(), new HashMap<>(key.raw())), parameters);
            return parameters;
        } catch (InvalidParameterException e) {
            throw new ModelParameterException(model.id(), e);
        }
    }

    /** Parameter values as given for one load of a model. */
    private record ResolvedKey(long generation, String model, Map<String, Object> raw) {
    }

    /**
     * Runs the model on the model pool unless its circuit breaker is open, and tells the breaker how it went:
     * timeouts and failures count against the model, refusals for a busy pool and bad parameters do not.
     */
    CompletableFuture<Object> run(RegisteredModel model, CustomerSnapshot snapshot, ScoringContext context,
                                  ScoringDeadline deadline) {
        ModelBreaker breaker = breakers.breaker(model);
        Instant retryAt = breaker.admit();
        if (retryAt != null) {
            meters.counter("customerlens.model.evaluation.refused", "model", model.id()).increment();
            return CompletableFuture.failedFuture(new ModelUnavailableException(model, retryAt));
        }
        Timer.Sample sample = Timer.start(meters);
        return executor.<Object>submit(model, () -> ((ScoringModel<?>) model.model()).evaluate(snapshot, context), deadline)
                .handle((value, thrown) -> {
                    Throwable failure = thrown instanceof CompletionException ? thrown.getCause() : thrown;
                    String outcome = outcome(value, failure);
                    sample.stop(meters.timer("customerlens.model.evaluation", "model", model.id(), "outcome", outcome));
                    switch (outcome) {
                        case "success" -> breaker.succeeded();
                        case "timeout", "error" -> breaker.failed();
                        default -> breaker.released();
                    }
                    if (failure == null && value == null) {
                        throw new ModelFailureException(model, "returned nothing", null);
                    }
                    if (failure != null) {
                        throw classified(model, failure);
                    }
                    return value;
                });
    }

    private static String outcome(Object value, Throwable failure) {
        if (failure == null) {
            return value == null ? "error" : "success";
        }
        if (failure instanceof InvalidParameterException) {
            return "bad-params";
        }
        if (failure instanceof ModelTimeoutException) {
            return "timeout";
        }
        // The only failure the server raises before the model runs: every model thread was busy.
        return failure instanceof ModelFailureException ? "refused" : "error";
    }

    private static RuntimeException classified(RegisteredModel model, Throwable failure) {
        if (failure instanceof InvalidParameterException e) {
            return new ModelParameterException(model.id(), e);
        }
        if (failure instanceof ModelFailureException e) {
            return e;
        }
        if (failure instanceof RuntimeException || failure instanceof LinkageError || failure instanceof StackOverflowError) {
            return new ModelFailureException(model, "failed to score this customer", failure);
        }
        return failure instanceof Error error ? new CompletionException(error) : new IllegalStateException(failure);
    }

    /** The history kinds a model reads, requested when this is made; the others empty. */
    private record Requested(CompletableFuture<List<Order>> orders, CompletableFuture<List<Survey>> surveys,
                             CompletableFuture<List<Interaction>> interactions) {

        static Requested of(CustomerHistory history, Set<CustomerData> inputs, String customerId) {
            return new Requested(
                    inputs.contains(CustomerData.ORDERS) ? history.orders(customerId) : none(),
                    inputs.contains(CustomerData.SURVEYS) ? history.surveys(customerId) : none(),
                    inputs.contains(CustomerData.INTERACTIONS) ? history.interactions(customerId) : none());
        }

        CustomerHistory asHistory() {
            return CustomerHistory.of(id -> orders, id -> surveys, id -> interactions);
        }

        CompletableFuture<CustomerSnapshot> snapshot(Customer customer) {
            return CompletableFuture.allOf(orders, surveys, interactions).thenApply(ignored ->
                    SnapshotFactory.snapshot(customer, orders.join(), surveys.join(), interactions.join()));
        }

        private static <T> CompletableFuture<List<T>> none() {
            return CompletableFuture.completedFuture(List.of());
        }
    }
}
