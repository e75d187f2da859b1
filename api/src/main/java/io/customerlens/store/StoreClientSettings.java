package io.customerlens.store;

import java.util.concurrent.TimeUnit;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Applies {@link StoreProperties} to the MongoDB client, embedded store or not. */
@Configuration(proxyBeanMethods = false)
class StoreClientSettings {

    @Bean
    MongoClientSettingsBuilderCustomizer storeTimeouts(StoreProperties store) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        store.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(
                        (int) store.connectTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }
}
