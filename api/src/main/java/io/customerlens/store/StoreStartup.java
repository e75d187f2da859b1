package io.customerlens.store;

import io.customerlens.support.DaemonThreads;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Readies the store before the server takes requests: after a crash of the embedded store, checks its unique indexes
 * ({@link UniqueIndexCheck}); creates the indexes the documents declare ({@code @Indexed}, {@code @CompoundIndex});
 * then runs the {@link StoreStartupStep}s. Spring Data's own index creation would stop the start-up when the store
 * is down; this logs it, lets the server start (the {@code store} health DOWN, requests failing fast) and retries
 * until the store answers.
 */
@Component
class StoreStartup implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoreStartup.class);

    private final MongoTemplate mongo;
    private final DeclaredIndexes indexes;
    private final StoreProperties properties;
    private final UniqueIndexCheck uniqueIndexes;
    private final ObjectProvider<StoreStartupStep> steps;
    private final ScheduledExecutorService retries =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("store-startup"));
    private volatile boolean ready;

    StoreStartup(MongoTemplate mongo, DeclaredIndexes indexes, StoreProperties properties,
                 UniqueIndexCheck uniqueIndexes, ObjectProvider<StoreStartupStep> steps) {
        this.mongo = mongo;
        this.indexes = indexes;
        this.properties = properties;
        this.uniqueIndexes = uniqueIndexes;
        this.steps = steps;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!tryReady()) {
            long every = properties.indexRetryInterval().toMillis();
            retries.scheduleWithFixedDelay(() -> {
                if (tryReady()) {
                    retries.shutdown();
                }
            }, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** @return whether the store's indexes exist and every start-up step is done */
    boolean ready() {
        return ready;
    }

    private boolean tryReady() {
        try {
            uniqueIndexes.checkAfterCrash();
            createIndexes();
            List<StoreStartupStep> ordered = steps.orderedStream().toList();
            for (StoreStartupStep step : ordered) {
                long started = System.nanoTime();
                step.run();
                log.debug("{}: {} ms", step.description(), (System.nanoTime() - started) / 1_000_000);
            }
            ready = true;
            return true;
        } catch (DataAccessResourceFailureException e) {
            log.warn("The store is unavailable, so it is not readied yet (indexes, interrupted writes); retrying every"
                    + " {}: {}", properties.indexRetryInterval(), e.getMessage());
            return false;
        }
    }

    private void createIndexes() {
        indexes.all().forEach(declared -> mongo.indexOps(declared.type()).createIndex(declared.index()));
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
