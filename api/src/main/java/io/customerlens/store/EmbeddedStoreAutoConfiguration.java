package io.customerlens.store;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import java.security.SecureRandom;
import java.util.Base64;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Starts {@code mongo-java-server} in-process and points Spring Data MongoDB at it, unless a real MongoDB is
 * configured with {@code spring.mongodb.uri} (or Boot 3's {@code spring.data.mongodb.uri}, see
 * {@link LegacyMongoProperties}), or supplied as a service connection, as in tests.
 * With the default H2 backend the data lives in a file and survives restarts; {@link EmbeddedBackend} makes each
 * acknowledged write durable and refuses clients other than this server.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isEmpty()")
@ConditionalOnMissingBean(MongoConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedStoreProperties.class)
public class EmbeddedStoreAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreAutoConfiguration.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Bean
    EmbeddedStore embeddedStore(EmbeddedStoreProperties properties) {
        String password = password();
        EmbeddedStoreFile file = properties.inMemory() ? null : EmbeddedStoreFile.at(properties.filePath());
        MVStore store = file == null ? MVStore.open(null) : file.open();
        EmbeddedBackend backend = new EmbeddedBackend(store, password, properties.fsync(), properties.compactOnClose(), () -> {
            if (file != null) {
                file.closed();
            }
        });
        MongoServer server = new MongoServer(backend);
        server.bind(properties.host(), properties.port());
        int port = server.getLocalAddress().getPort();
        log.info("Embedded MongoDB-compatible store at {}:{}/{} ({}), for this server only", properties.host(), port,
                properties.database(), file == null ? "in memory" : properties.filePath());
        ConnectionString connection = new ConnectionString("mongodb://" + EmbeddedBackend.USER + ":" + password + "@"
                + properties.host() + ":" + port + "/" + properties.database()
                + "?authMechanism=PLAIN&authSource=%24external");
        return new EmbeddedStore(server, connection, file == null ? null : properties.filePath(),
                file != null && file.uncleanlyClosed());
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedStore embeddedStore) {
        return embeddedStore::connection;
    }

    /** A password that lives only in this process: 32 random bytes, URL-safe so that it fits a connection string. */
    private static String password() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
