package io.customerlens.store;

import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reports the store under {@code /actuator/health} as {@code store}, by a {@code ping} round trip: OUT_OF_SERVICE
 * until {@link StoreStartup} has readied it, with the documents {@link UniqueIndexCheck} quarantined. Replaces
 * Spring Boot's MongoDB indicator, whose {@code hello} command the embedded server does not implement.
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;
    private final ObjectProvider<EmbeddedStore> embedded;
    private final StoreStartup startup;
    private final UniqueIndexCheck uniqueIndexes;

    StoreHealthIndicator(MongoTemplate mongo, ObjectProvider<EmbeddedStore> embedded, StoreStartup startup,
                         UniqueIndexCheck uniqueIndexes) {
        super("Store health check failed");
        this.mongo = mongo;
        this.embedded = embedded;
        this.startup = startup;
        this.uniqueIndexes = uniqueIndexes;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        mongo.executeCommand(new Document("ping", 1));
        (startup.ready() ? health.up() : health.outOfService().withDetail("state", "readying: indexes, interrupted writes"))
                .withDetail("database", mongo.getDb().getName())
                .withDetail("embedded", embedded.getIfAvailable() != null);
        long quarantined = uniqueIndexes.quarantined();
        if (quarantined > 0) {
            health.withDetail("quarantined", quarantined + " document(s) with a duplicate unique key, in '"
                    + UniqueIndexCheck.QUARANTINE + "'");
        }
    }
}
