package io.customerlens.store;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * With the default H2 backend the data lives in a file and survives restarts.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isEmpty()")
@ConditionalOnMissingBean(MongoConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedStoreProperties.class)
public class EmbeddedStoreAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreAutoConfiguration.class);

    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer(EmbeddedStoreProperties properties) {
        MongoServer server = new MongoServer(backend(properties));
        server.bind(properties.host(), properties.port());
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded MongoDB-compatible store at mongodb://{}:{}/{} ({})", properties.host(), address.getPort(),
                properties.database(), properties.inMemory() ? "in memory" : properties.filePath());
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer,
                                                          EmbeddedStoreProperties properties) {
        ConnectionString connection = new ConnectionString("mongodb://" + properties.host() + ":"
                + embeddedMongoServer.getLocalAddress().getPort() + "/" + properties.database());
        return () -> connection;
    }

    private static MongoBackend backend(EmbeddedStoreProperties properties) {
        if (properties.inMemory()) {
            return H2Backend.inMemory();
        }
        Path file = properties.filePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for the embedded store file " + file, e);
        }
        return new H2Backend(file.toString());
    }
}
