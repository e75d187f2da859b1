package io.customerlens.backtest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.customerlens.backtest.Backtest.ModelResult;
import io.customerlens.customer.Customers;
import io.customerlens.customer.DataVersion;
import io.customerlens.scoring.PastScoring;
import io.customerlens.scoring.PastScoring.PastChoice;
import io.customerlens.scoring.RegisteredModel;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.support.DaemonThreads;
import io.customerlens.web.ClassifiedError;
import io.customerlens.web.InvalidInputException;
import io.customerlens.web.NotFoundException;
import io.customerlens.web.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Runs backtests: on a small pool of their own, one at a time by default, each answer kept for the data version
 * and request it was computed for, so that asking again (or the insights page drawing it) costs nothing until the
 * data changes.
 */
@Service
public class Backtests implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Backtests.class);
    /** What a caller refused for a full line is told to wait: about the time a small backtest takes. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final PastPopulation population;
    private final PastScoring scoring;
    private final Customers customers;
    private final DataVersion dataVersion;
    private final BacktestProperties properties;
    private final Clock clock;
    private final ThreadPoolExecutor pool;
    private final Cache<String, BacktestJob> jobs = Caffeine.newBuilder().maximumSize(200).build();
    private final Cache<Key, Backtest> answers;

    Backtests(PastPopulation population, PastScoring scoring, Customers customers, DataVersion dataVersion,
              BacktestProperties properties, Clock clock) {
        this.population = population;
        this.scoring = scoring;
        this.customers = customers;
        this.dataVersion = dataVersion;
        this.properties = properties;
        this.clock = clock;
        this.answers = Caffeine.newBuilder().maximumSize(properties.keptResults()).build();
        this.pool = new ThreadPoolExecutor(properties.concurrentRuns(), properties.concurrentRuns(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.waitingRuns())), DaemonThreads.named("backtest"),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** A checked request: its window and model choices. */
    private record Request(BacktestWindow window, List<PastChoice> choices) {
    }

    /** What an answer depends on: the data, the window and each model load with its parameters. */
    private record Key(long dataVersion, BacktestWindow window, List<String> choices) {
    }

    /** Runs a backtest and waits for its answer; it queues with the background ones. */
    public Backtest run(BacktestInput input, String requestedBy) {
        BacktestJob job = start(input, requestedBy);
        try {
            return job.answer().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /**
     * Checks the request and starts it in the background, or answers at once from a kept answer.
     *
     * @throws InvalidInputException for a bad request
     * @throws TooManyRequestsException when too many backtests are waiting (HTTP 429 with Retry-After)
     */
    public BacktestJob start(BacktestInput input, String requestedBy) {
        Request request = checked(input);
        long customerCount = customers.count(null);
        if (customerCount > properties.maxCustomers()) {
            throw new InvalidInputException("models", "a backtest reads every customer: " + customerCount + " are stored, "
                    + "more than the " + properties.maxCustomers() + " allowed (customerlens.backtest.max-customers)");
        }
        Key key = key(request);
        BacktestJob job = new BacktestJob(UUID.randomUUID().toString(), requestedBy, clock.instant(),
                customerCount * (1 + request.choices().size()));
        Backtest kept = answers.getIfPresent(key);
        jobs.put(job.id(), job);
        if (kept != null) {
            job.completed(kept, clock.instant());
            return job;
        }
        try {
            pool.execute(() -> compute(job, request, key));
        } catch (RejectedExecutionException e) {
            jobs.invalidate(job.id());
            throw new TooManyRequestsException(properties.waitingRuns() + " backtests are already waiting "
                    + "(customerlens.backtest.waiting-runs)", RETRY_AFTER);
        }
        return job;
    }

    /** @return the job, while it is remembered */
    public BacktestJob job(String id) {
        BacktestJob job = jobs.getIfPresent(id);
        if (job == null) {
            throw new NotFoundException("no backtest job '" + id + "' (jobs are kept in memory, the latest 200)");
        }
        return job;
    }

    /** Asks a job to stop; it stops between customers. */
    public BacktestJob cancel(String id) {
        BacktestJob job = job(id);
        job.requestCancel();
        return job;
    }

    private Request checked(BacktestInput input) {
        BacktestWindow window = BacktestWindow.of(input.calibrationEnd(), input.holdoutEnd(), LocalDate.now(clock));
        List<BacktestInput.ModelChoice> models = input.models() == null ? List.of() : input.models();
        if (models.isEmpty() || models.size() > properties.maxModels()) {
            throw new InvalidInputException("models", "takes 1 to " + properties.maxModels() + " model choices, got "
                    + models.size());
        }
        List<PastChoice> choices = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BacktestInput.ModelChoice model : models) {
            RegisteredModel registered = scoring.model(model.model());
            PastChoice choice = scoring.choose(registered, ForecastHorizon.filled(registered.descriptor(),
                    model.params(), window.holdoutDays()));
            if (!seen.add(choice.model().id() + " " + choice.parameters().canonical())) {
                throw new InvalidInputException("models", "lists model '" + choice.model().id() + "' twice with the same "
                        + "parameters");
            }
            choices.add(choice);
        }
        return new Request(window, choices);
    }

    private Key key(Request request) {
        return new Key(dataVersion.current(), request.window(), request.choices().stream()
                .map(c -> String.join(" ", c.model().id(), c.model().descriptor().version(), c.model().pluginVersion(),
                        Long.toString(c.model().generation()), c.parameters().canonical())).toList());
    }

    private void compute(BacktestJob job, Request request, Key key) {
        try {
            Backtest answer = backtest(job, request);
            if (dataVersion.current() == key.dataVersion()) {
                answers.put(key, answer);
            }
            job.completed(answer, clock.instant());
        } catch (CancellationException e) {
            job.failed(BacktestJob.State.CANCELLED, new BacktestFailedException("backtest " + job.id()
                    + " was cancelled on request"), clock.instant());
        } catch (RuntimeException e) {
            if (!(e instanceof ClassifiedError)) {
                log.error("Backtest {} failed", job.id(), e);
            }
            job.failed(BacktestJob.State.FAILED, e instanceof ClassifiedError ? e
                    : new BacktestFailedException("backtest " + job.id() + " failed; the server log has the cause"),
                    clock.instant());
        }
    }

    private Backtest backtest(BacktestJob job, Request request) {
        BacktestWindow window = request.window();
        job.running("reading customers");
        List<PastCustomer> past = population.read(window, reads(request.choices()), properties.batchSize(),
                read -> job.advance(0, read), job::cancelRequested);
        List<CustomerSnapshot> snapshots = past.stream().map(PastCustomer::asOfCalibration).toList();
        PopulationStatistics statistics = PopulationStatistics.of(snapshots, window.calibrationEnd());
        List<ModelResult> results = new ArrayList<>();
        for (PastChoice choice : request.choices()) {
            long before = (long) past.size() * (1 + results.size());
            job.running("scoring with " + choice.model().id());
            List<Object> scored = scoring.score(choice, snapshots, window.calibrationEnd(), statistics,
                    done -> job.advance(before, done), job::cancelRequested);
            results.add(BacktestMeasures.of(choice, past, scored, window.holdoutDays()));
        }
        int buyers = (int) snapshots.stream().filter(s -> s.orderSummary().count() > 0).count();
        long bought = past.stream().filter(PastCustomer::boughtAgain).count();
        return new Backtest(window.calibrationEnd(), window.holdoutEnd(), window.holdoutDays(), Backtest.COUNTING,
                past.size(), buyers, past.isEmpty() ? 0 : (double) bought / past.size(),
                past.stream().mapToLong(PastCustomer::holdoutPurchases).sum(),
                past.stream().mapToDouble(PastCustomer::holdoutSpend).sum(), results, Rankings.of(results));
    }

    private static PastPopulation.Reads reads(List<PastChoice> choices) {
        return new PastPopulation.Reads(
                choices.stream().anyMatch(c -> c.model().descriptor().inputs().contains(CustomerData.SURVEYS)),
                choices.stream().anyMatch(c -> c.model().descriptor().inputs().contains(CustomerData.INTERACTIONS)));
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
