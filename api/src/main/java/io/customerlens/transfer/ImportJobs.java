package io.customerlens.transfer;

import io.customerlens.customer.CustomerStore;
import io.customerlens.customer.DataVersion;
import io.customerlens.customer.HistoryStore;
import io.customerlens.customer.WriteIntents;
import io.customerlens.support.DaemonThreads;
import io.customerlens.web.TooManyRequestsException;
import java.io.BufferedReader;
import org.springframework.context.ApplicationEventPublisher;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Runs imports, one at a time on a background thread of this feature (later ones wait QUEUED), or at once on the
 * caller's thread (command line, start-up loader). Progress goes to the job document after every batch and to the
 * log every {@value #LOG_EVERY_SECONDS} s. A job still QUEUED or RUNNING when the server starts was cut off by a
 * restart and is marked FAILED; the batches it wrote stay, and importing the file again completes it.
 */
@Service
public class ImportJobs implements SmartInitializingSingleton, DisposableBean {

    /** What a caller refused for a full queue is told to wait: about one batch of a large import. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final long LOG_EVERY_SECONDS = 10;
    static final String INTERRUPTED_BY_RESTART = "interrupted by a server restart; import the file again to complete it";

    private final ImportJobStore store;
    private final ImportProperties properties;
    private final HistoryStore history;
    private final CustomerStore customerStore;
    private final DataVersion dataVersion;
    private final Clock clock;
    private final WriteIntents intents;
    private final UploadFolder uploads;
    private final ApplicationEventPublisher events;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(DaemonThreads.named("import-run"));
    /** Imports queued or running. */
    private final AtomicInteger waiting = new AtomicInteger();

    ImportJobs(ImportJobStore store, ImportProperties properties, HistoryStore history, CustomerStore customerStore,
               DataVersion dataVersion, Clock clock, WriteIntents intents, UploadFolder uploads,
               ApplicationEventPublisher events) {
        this.store = store;
        this.properties = properties;
        this.history = history;
        this.customerStore = customerStore;
        this.dataVersion = dataVersion;
        this.clock = clock;
        this.intents = intents;
        this.uploads = uploads;
        this.events = events;
    }

    /**
     * Records the job as QUEUED and hands it to the background thread.
     *
     * @throws TooManyRequestsException when {@code customerlens.import.max-waiting} imports are queued or running
     */
    public ImportJob start(ImportRequest request, String requestedBy) {
        if (waiting.incrementAndGet() > properties.maxWaiting()) {
            waiting.decrementAndGet();
            throw new TooManyRequestsException(fullMessage(), RETRY_AFTER);
        }
        try {
            ImportJob job = store.insert(queued(request, requestedBy));
            executor.execute(() -> {
                try {
                    execute(job.id(), request);
                } finally {
                    waiting.decrementAndGet();
                }
            });
            return job;
        } catch (RuntimeException e) {
            waiting.decrementAndGet();
            throw e;
        }
    }

    /** @return whether another import may be queued now */
    public boolean hasRoom() {
        return waiting.get() < properties.maxWaiting();
    }

    /** @return why an import is refused when the queue is full */
    String fullMessage() {
        return properties.maxWaiting() + " imports are already queued or running (customerlens.import.max-waiting);"
                + " imports run one at a time";
    }

    /** Runs the import on this thread. @return the job as it ended */
    public ImportJob run(ImportRequest request, String requestedBy) {
        ImportJob job = store.insert(queued(request, requestedBy));
        return execute(job.id(), request);
    }

    private ImportJob queued(ImportRequest request, String requestedBy) {
        long size;
        try {
            size = Files.size(request.file());
        } catch (IOException e) {
            throw new ImportFileException("path", "cannot read '" + request.source() + "': " + e.getMessage());
        }
        return new ImportJob(new ObjectId().toHexString(), request.kind(), request.format(), request.source(),
                ImportState.QUEUED, requestedBy, clock.instant(), null, 0, 0, 0, 0, 0, 0, 0, size, null, null,
                List.of(), null);
    }

    private ImportJob execute(String id, ImportRequest request) {
        store.started(id);
        ImportJob job = store.find(id);
        ImportTally tally = new ImportTally(properties.keptRejections());
        long started = System.nanoTime();
        long[] lastLog = {started};
        CountingInputStream counter = null;
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(request.file()));
             RowSource source = open(request, in)) {
            counter = in;
            log.info("Import {} started: {} {} from {} ({} bytes), requested by {}", id, request.kind(),
                    request.format(), request.source(), job.totalBytes(), job.requestedBy());
            // Rows an earlier import stored without their summary effect (its write failed) are completed first,
            // since this run will count them as unchanged.
            intents.recoverAbandoned().forEach(note -> log.warn("Completed an abandoned {} write for {} customer(s)",
                    note.kind(), note.customerIds().size()));
            run(request.kind()).run(source, tally, progress -> {
                double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                double rate = progress.read / seconds;
                double bytesPerSecond = in.count() / seconds;
                Double eta = bytesPerSecond > 0 ? Math.max(0, (job.totalBytes() - in.count()) / bytesPerSecond) : null;
                store.progress(id, progress, in.count(), rate, eta);
                if (System.nanoTime() - lastLog[0] >= Duration.ofSeconds(LOG_EVERY_SECONDS).toNanos()) {
                    lastLog[0] = System.nanoTime();
                    log.info("Import {}: {} rows done ({} inserted, {} rejected), {}/{} bytes, {} rows/s, ETA {} s", id,
                            progress.read, progress.inserted, progress.rejected, in.count(), job.totalBytes(),
                            Math.round(rate), eta == null ? "?" : Math.round(eta));
                }
            });
            return finish(id, ImportState.COMPLETED, tally, in.count(), started, null);
        } catch (ImportFileException e) {
            return finish(id, ImportState.FAILED, tally, counter == null ? 0 : counter.count(), started, e.getMessage());
        } catch (IOException e) {
            return finish(id, ImportState.FAILED, tally, counter == null ? 0 : counter.count(), started,
                    "cannot read the file: " + e.getMessage());
        } catch (DataAccessException e) {
            log.warn("Import {} stopped by the store", id, e);
            return finish(id, ImportState.FAILED, tally, counter == null ? 0 : counter.count(), started,
                    "the store failed after " + tally.read + " rows; the batches before it are stored: "
                            + e.getMostSpecificCause().getMessage());
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            return finish(id, ImportState.FAILED, tally, counter == null ? 0 : counter.count(), started,
                    "the import failed after " + tally.read + " rows: " + e.getMessage());
        } finally {
            if (request.deleteAfter()) {
                try {
                    Files.deleteIfExists(request.file());
                } catch (IOException e) {
                    log.warn("Could not delete the uploaded file {}: {}", request.file(), e.toString());
                }
            }
        }
    }

    private ImportJob finish(String id, ImportState state, ImportTally tally, long bytes, long started, String error) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        ImportJob job = store.finish(id, state, tally, bytes, tally.read / seconds, clock.instant(), error);
        log.info("Import {} {} in {} ms: {} rows read, {} inserted, {} updated, {} unchanged, {} rejected, {} customers "
                        + "created{}", id, state, Math.round(seconds * 1000), tally.read, tally.inserted, tally.updated,
                tally.unchanged, tally.rejected, tally.customersCreated, error == null ? "" : "; " + error);
        return job;
    }

    private RowSource open(ImportRequest request, CountingInputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return switch (request.format()) {
            case CSV -> new CsvRows(reader, in, request.kind().columns());
            case NDJSON -> new NdjsonRows(reader, in, request.kind().columns());
            case CDNOW -> new CdnowRows(reader, in);
        };
    }

    private ImportRun run(ImportKind kind) {
        CustomerBatch customers = new CustomerBatch(customerStore, dataVersion, clock, events);
        HistoryBatch<?> histories = kind == ImportKind.CUSTOMERS ? null
                : new HistoryBatch<>(history, customerStore, dataVersion, clock, HistoryKinds.of(kind),
                kind == ImportKind.CDNOW, intents, events);
        return new ImportRun(kind, properties.batchSize(), clock, customers, histories);
    }

    /** @return the job, or null */
    public ImportJob find(String id) {
        return store.find(id);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.file() != null) {
            return; // a command line import: the jobs a server runs on the same store are not ours to judge
        }
        uploads.clearLeftovers();
        try {
            long failed = store.failUnfinished(clock.instant(), INTERRUPTED_BY_RESTART);
            if (failed > 0) {
                log.warn("{} import job(s) were cut off by a restart and are marked FAILED", failed);
            }
        } catch (DataAccessException e) {
            log.warn("Could not check for import jobs cut off by a restart: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
