package io.customerlens.customer;

import io.customerlens.store.StoreStartupStep;
import io.customerlens.support.DaemonThreads;
import io.customerlens.web.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * Runs {@code repairSummaries} in the background, one at a time: first completes abandoned writes
 * ({@link WriteIntents#recoverAbandoned}), then checks each customer's summary
 * against their stored orders with {@link SummaryRepair}, recording progress after every batch. A job a restart cut
 * off is marked FAILED at the next start.
 */
@Service
@Order(1)
class SummaryRepairJobs implements StoreStartupStep, DisposableBean {

    static final String INTERRUPTED_BY_RESTART = "interrupted by a server restart; run repairSummaries again";
    private static final Logger log = LoggerFactory.getLogger(SummaryRepairJobs.class);
    private static final int MAX_IDS = 10_000;

    private final SummaryRepairJobStore jobs;
    private final CustomerStore customers;
    private final SummaryRepair repair;
    private final WriteIntents intents;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(DaemonThreads.named("summary-repair"));

    SummaryRepairJobs(SummaryRepairJobStore jobs, CustomerStore customers, SummaryRepair repair, WriteIntents intents, Clock clock) {
        this.jobs = jobs;
        this.customers = customers;
        this.repair = repair;
        this.intents = intents;
        this.clock = clock;
    }

    /** Starts a repair of these customers, or of every customer when none are given. */
    SummaryRepairJob start(List<String> customerIds, String requestedBy) {
        if (customerIds != null) {
            if (customerIds.size() > MAX_IDS) {
                throw new InvalidInputException("customerIds",
                        "at most " + MAX_IDS + " ids; leave it out to check every customer");
            }
            customerIds.stream().filter(id -> !ObjectId.isValid(id)).findFirst().ifPresent(id -> {
                throw new InvalidInputException("customerIds", "'" + id + "' is not a customer id");
            });
        }
        List<String> ids = customerIds == null ? null : customerIds.stream().distinct().toList();
        long count = ids == null ? customers.count(CustomerFilter.ALL) : ids.size();
        SummaryRepairJob job = jobs.insert(new SummaryRepairJob(null, SummaryRepairJob.State.RUNNING, count,
                0, 0, 0, requestedBy, clock.instant(), null, null));
        executor.execute(() -> run(job, ids));
        return job;
    }

    SummaryRepairJob find(String id) {
        return jobs.find(id);
    }

    private void run(SummaryRepairJob job, List<String> ids) {
        try {
            intents.recoverAbandoned();
            Set<String> busy = intents.customersInFlight();
            SummaryRepair.Outcome outcome = ids == null
                    ? repair.repairAll(busy, checked -> progress(job, checked))
                    : repair.repair(ids, busy);
            end(job, SummaryRepairJob.State.COMPLETED, outcome, null);
            log.info("Summary repair {} by {}: {} customers checked, {} corrected, {} left busy", job.id(),
                    job.requestedBy(), outcome.checked(), outcome.repaired(), outcome.leftBusy().size());
        } catch (RuntimeException e) {
            log.error("Summary repair {} failed", job.id(), e);
            end(job, SummaryRepairJob.State.FAILED, null, e.getMessage());
        }
    }

    private void progress(SummaryRepairJob job, long checked) {
        jobs.progress(job.id(), checked);
    }

    private void end(SummaryRepairJob job, SummaryRepairJob.State state, SummaryRepair.Outcome outcome, String error) {
        jobs.end(job.id(), state, outcome, error, clock.instant());
    }

    @Override
    public String description() {
        return "marking repair jobs a restart cut off";
    }

    @Override
    public void run() {
        long failed = jobs.failRunning(INTERRUPTED_BY_RESTART, clock.instant());
        if (failed > 0) {
            log.warn("{} summary repair(s) were cut off by a restart and are marked FAILED", failed);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
