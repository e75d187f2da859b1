package io.customerlens.snapshot;

import org.springframework.context.ApplicationEventPublisher;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.customerlens.customer.CustomerFilter;
import io.customerlens.customer.Customers;
import io.customerlens.scoring.BatchScoring;
import io.customerlens.support.DaemonThreads;
import io.customerlens.web.InvalidInputException;
import io.customerlens.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Starts and cancels snapshot runs. Runs go to a single background thread owned by this feature, one at a time:
 * starting one while another runs is refused rather than queued, so that a caller always learns at once whether
 * their snapshot runs, and a forgotten queue cannot pile up hours of work. A server that stops leaves no run
 * behind: at shutdown the run stops after its batch and ends FAILED, and a run still RUNNING when the server
 * starts (after a crash) is marked FAILED, "interrupted by a server restart". One server runs the snapshots of
 * a store.
 */
@Service
class SnapshotJobs implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SnapshotJobs.class);
    static final String INTERRUPTED_BY_RESTART = "interrupted by a server restart";

    private final SnapshotStore store;
    private final SnapshotProperties properties;
    private final SnapshotRun.Services services;
    private final ObjectMapper json;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(DaemonThreads.named("snapshot-run"));
    private final Object lock = new Object();
    private SnapshotRun running;
    private boolean leftoversFailed;

    SnapshotJobs(Customers customers, BatchScoring scoring, SnapshotStore store, SnapshotProperties properties,
                 ObjectMapper json, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.properties = properties;
        this.services = new SnapshotRun.Services(customers, scoring, store, clock, events);
        this.json = json.rebuild()
                .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }

    /**
     * Counts the customers (which checks the filter), records the snapshot as RUNNING and hands it to the
     * background thread.
     *
     * @param keys the models, checked by {@link ModelChoices}
     * @return the snapshot as started
     * @throws InvalidInputException     for a bad filter
     * @throws SnapshotRunningException while another snapshot runs
     */
    Snapshot start(List<ModelKey> keys, CustomerFilter filter, String requestedBy) {
        synchronized (lock) {
            if (running != null) {
                throw new SnapshotRunningException(running.id());
            }
            failLeftovers();
            long total = services.customers().count(filter);
            Snapshot snapshot = store.insert(new Snapshot(new ObjectId().toHexString(),
                    keys.stream().map(ModelKey::describe).toList(), filterAsGiven(filter), SnapshotState.RUNNING,
                    total, 0, 0, List.of(), false, services.clock().instant(), null, null, requestedBy, null));
            running = new SnapshotRun(snapshot.id(), keys, filter, properties.batchSize(), services, this::ended);
            executor.execute(running);
            log.info("Snapshot {} started by {}: {} customers, models {}", snapshot.id(), requestedBy, total, keys);
            return snapshot;
        }
    }

    /**
     * Asks the running snapshot to stop after its current batch.
     *
     * @return the snapshot, still RUNNING with {@code cancelRequested}
     * @throws NotFoundException     for an unknown id
     * @throws InvalidInputException naming {@code id} when the snapshot already ended
     */
    Snapshot cancel(String id) {
        synchronized (lock) {
            if (running != null && running.id().equals(id)) {
                running.cancel();
                store.requestCancel(id);
                return store.find(id);
            }
            failLeftovers();
        }
        Snapshot snapshot = ObjectId.isValid(id) ? store.find(id) : null;
        if (snapshot == null) {
            throw new NotFoundException("no snapshot with id '" + id + "'");
        }
        throw new InvalidInputException("id", "snapshot " + id + " already ended " + snapshot.state()
                + "; only a RUNNING snapshot can be cancelled");
    }

    private void ended(SnapshotRun run) {
        synchronized (lock) {
            if (running == run) {
                running = null;
            }
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        synchronized (lock) {
            try {
                failLeftovers();
            } catch (DataAccessResourceFailureException e) {
                log.warn("The store is unavailable, so interrupted snapshots are marked FAILED at the next start: {}",
                        e.getMessage());
            }
        }
    }

    /** Marks FAILED the runs a stopped server left RUNNING; none of them is this server's (caller holds the lock). */
    private void failLeftovers() {
        if (!leftoversFailed && running == null) {
            long failed = store.failRunning(services.clock().instant(), INTERRUPTED_BY_RESTART);
            if (failed > 0) {
                log.warn("{} snapshot(s) were left RUNNING by a server that stopped; marked FAILED", failed);
            }
            leftoversFailed = true;
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> filterAsGiven(CustomerFilter filter) {
        return filter == null ? null : json.convertValue(filter, Map.class);
    }

    @Override
    public void destroy() throws InterruptedException {
        synchronized (lock) {
            if (running != null) {
                running.shutDown();
            }
        }
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
