package io.customerlens.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded store, used when no {@code spring.mongodb.uri} is set.
 *
 * @param file     the H2 data file; empty for an in-memory store that is lost on exit
 * @param host     the address the embedded server listens on
 * @param port     the port it listens on; 0 picks a free one
 * @param database the database name
 * @param fsync    whether each acknowledged write is also forced to the disk, so that it survives a power cut or an
 *                 operating-system crash and not only a crash of the server; off trades that for speed
 * @param compactOnClose whether a clean shutdown rewrites the file with only the live data (smaller, and faster to
 *                 open); takes about half a second for the 3,000-customer demo
 * @param interactiveCustomers how many customers the store serves interactive pages for (see docs/performance.md);
 *                 holding more logs a warning at start-up that recommends MongoDB
 */
@ConfigurationProperties("customerlens.store.embedded")
public record EmbeddedStoreProperties(@DefaultValue("data/customer-lens.mv") String file,
                                      @DefaultValue("127.0.0.1") String host,
                                      @DefaultValue("0") int port,
                                      @DefaultValue("customerlens") String database,
                                      @DefaultValue("true") boolean fsync,
                                      @DefaultValue("true") boolean compactOnClose,
                                      @DefaultValue("50000") long interactiveCustomers) {

    boolean inMemory() {
        return file == null || file.isBlank();
    }

    Path filePath() {
        return Path.of(file).toAbsolutePath();
    }
}
