package io.customerlens.store;

import com.mongodb.WriteConcern;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Applies {@link StoreProperties} to the MongoDB client, embedded store or not. */
@Configuration(proxyBeanMethods = false)
class StoreClientSettings {

    /**
     * On MongoDB, a write is acknowledged once a majority of the replica set has it in its journal, unless the
     * connection string says otherwise ({@code w=}, {@code journal=}): the promise the embedded store keeps with a
     * synced commit per write. (A single server is a majority of one.)
     */
    static final WriteConcern DURABLE = WriteConcern.MAJORITY.withJournal(true);

    @Bean
    MongoClientSettingsBuilderCustomizer storeTimeouts(StoreProperties store) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        store.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(
                        (int) store.connectTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }

    @Bean
    MongoClientSettingsBuilderCustomizer durableWrites(ObjectProvider<EmbeddedStore> embedded,
                                                       ObjectProvider<MongoConnectionDetails> connection) {
        return settings -> {
            MongoConnectionDetails details = connection.getIfAvailable();
            boolean given = details != null && details.getConnectionString().getWriteConcern() != null;
            if (embedded.getIfAvailable() == null && !given) {
                settings.writeConcern(DURABLE);
            }
        };
    }
}
