package io.customerlens.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes the documents declare ({@code @Indexed}, {@code @CompoundIndex}) before the server takes
 * requests. Spring Data's own index creation would stop the start-up when the store is down; this one logs it,
 * lets the server start (health DOWN, requests failing fast) and retries until the store answers.
 */
@Component
class StoreIndexes implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoreIndexes.class);

    private final MongoTemplate mongo;
    private final MongoMappingContext mappingContext;
    private final StoreProperties properties;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "store-indexes");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean created;

    StoreIndexes(MongoTemplate mongo, MongoMappingContext mappingContext, StoreProperties properties) {
        this.mongo = mongo;
        this.mappingContext = mappingContext;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!tryCreate()) {
            long every = properties.indexRetryInterval().toMillis();
            retries.scheduleWithFixedDelay(() -> {
                if (tryCreate()) {
                    retries.shutdown();
                }
            }, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** @return whether every declared index exists */
    boolean created() {
        return created;
    }

    private boolean tryCreate() {
        try {
            IndexResolver resolver = IndexResolver.create(mappingContext);
            for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
                if (entity.isAnnotationPresent(Document.class)) {
                    resolver.resolveIndexFor(entity.getTypeInformation())
                            .forEach(index -> mongo.indexOps(entity.getType()).createIndex(index));
                }
            }
            created = true;
            return true;
        } catch (DataAccessResourceFailureException e) {
            log.warn("The store is unavailable, so its indexes are not created yet; retrying every {}: {}",
                    properties.indexRetryInterval(), e.getMessage());
            return false;
        }
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
