package io.customerlens.scoring;

import io.customerlens.customer.Customer;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.Order;
import io.customerlens.customer.Survey;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.support.DaemonThreads;
import io.customerlens.support.Slices;
import io.customerlens.web.ClassifiedError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Scores customers as they were at a past date, for backtests. The caller hands over the customers as they were
 * then ({@link #snapshotBefore}); the models see only those: population figures and fits are computed from them,
 * no segment memory is read or written (none was kept then) and the score cache is left alone. Each call runs on
 * the model pool with the same time limit and checks as a live field.
 */
@Service
public class PastScoring implements DisposableBean {

    private final ModelRegistry registry;
    private final CustomerScoring scoring;
    private final PopulationFits fits;
    private final ExecutorService slicePool = Executors.newCachedThreadPool(DaemonThreads.named("past-scoring"));

    PastScoring(ModelRegistry registry, CustomerScoring scoring, PopulationFits fits) {
        this.registry = registry;
        this.scoring = scoring;
        this.fits = fits;
    }

    /** A model with its parameters checked, defaults filled in. */
    public record PastChoice(RegisteredModel model, Parameters parameters, ModelRef reference) {
        public ModelFamily family() {
            return model.descriptor().family();
        }
    }

    /**
     * @return the model with this id
     * @throws UnknownModelException classified BAD_REQUEST
     */
    public RegisteredModel model(String modelId) {
        return registry.get(modelId);
    }

    /**
     * @return the model with these parameters
     * @throws ModelParameterException classified BAD_REQUEST
     */
    public PastChoice choose(RegisteredModel model, Map<String, Object> params) {
        try {
            Parameters parameters = Parameters.resolve(model.descriptor().parameters(), params);
            return new PastChoice(model, parameters, CustomerScoring.reference(model, parameters));
        } catch (InvalidParameterException e) {
            throw new ModelParameterException(model.id(), e);
        }
    }

    /** @see SnapshotFactory#snapshotBefore */
    public static CustomerSnapshot snapshotBefore(Customer customer, List<Order> orders, List<Survey> surveys,
                                                  List<Interaction> interactions, Instant cutoff) {
        return SnapshotFactory.snapshotBefore(customer, orders, surveys, interactions, cutoff);
    }

    /**
     * Scores each customer with the choice as of {@code asOf}.
     *
     * @param population the customers' figures ({@link PopulationStatistics#of})
     * @param done       told how many customers of this call are scored, now and then
     * @param cancelled  asked between customers; true stops the call with a {@link CancellationException}
     * @return one result per customer, in order: a {@link SegmentView}, a {@link ScoreView} or a
     *         {@link BatchScoring.Failure}
     */
    public List<Object> score(PastChoice choice, List<CustomerSnapshot> customers, LocalDate asOf,
                              PopulationStatistics population, IntConsumer done, BooleanSupplier cancelled) {
        RegisteredModel model = choice.model();
        boolean needsPopulation = CustomerScoring.needsPopulation(model);
        PopulationStatistics figures = needsPopulation ? population : PopulationStatistics.EMPTY;
        Object fitted;
        try {
            fitted = needsPopulation ? fits.fittedOnce(model, choice.parameters(), figures) : null;
        } catch (ModelFailureException e) {
            return customers.stream().map(c -> (Object) new BatchScoring.Failure(e.getMessage())).toList();
        }
        ScoringContext context = new ScoringContext(choice.parameters(), figures, asOf, fitted, null);
        AtomicInteger scored = new AtomicInteger();
        List<Object> results = Slices.map(customers, slicePool, slice -> {
            List<Object> sliceResults = new ArrayList<>(slice.size());
            for (CustomerSnapshot customer : slice) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("stopped");
                }
                sliceResults.add(outcome(choice, customer, context));
                if (scored.incrementAndGet() % 500 == 0) {
                    done.accept(scored.get());
                }
            }
            return sliceResults;
        });
        done.accept(customers.size());
        return results;
    }

    private Object outcome(PastChoice choice, CustomerSnapshot customer, ScoringContext context) {
        RegisteredModel model = choice.model();
        try {
            Object value = scoring.run(model, customer, context, ScoringDeadline.perCall()).join();
            return choice.family() == ModelFamily.SEGMENTATION
                    ? CustomerScoring.segmentOf(model, choice.reference(), value)
                    : CustomerScoring.scoreOf(model, choice.reference(), value);
        } catch (CompletionException e) {
            if (e.getCause() instanceof ClassifiedError) {
                return new BatchScoring.Failure(e.getCause().getMessage());
            }
            throw e;
        } catch (RuntimeException e) {
            if (e instanceof ClassifiedError) {
                return new BatchScoring.Failure(e.getMessage());
            }
            throw e;
        }
    }

    @Override
    public void destroy() {
        slicePool.shutdownNow();
    }
}
