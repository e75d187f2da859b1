package io.customerlens.store;

import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reports the store under {@code /actuator/health} as {@code store}, by a {@code ping} round trip. Replaces
 * Spring Boot's MongoDB indicator, whose {@code hello} command the embedded server does not implement.
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;
    private final ObjectProvider<MongoServer> embedded;

    StoreHealthIndicator(MongoTemplate mongo, ObjectProvider<MongoServer> embedded) {
        super("Store health check failed");
        this.mongo = mongo;
        this.embedded = embedded;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        mongo.executeCommand(new Document("ping", 1));
        health.up()
                .withDetail("database", mongo.getDb().getName())
                .withDetail("embedded", embedded.getIfAvailable() != null);
    }
}
