package io.customerlens.store;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded store this server started; closing it writes what is left and marks the file cleanly closed.
 *
 * @param server          the mongo-java-server instance
 * @param connection      how this server's client reaches it, with credentials only this process knows
 * @param file            the H2 file, or null when the store is in memory
 * @param uncleanlyClosed whether the server that used the file last stopped without closing it (a crash)
 */
public record EmbeddedStore(MongoServer server, ConnectionString connection, Path file, boolean uncleanlyClosed)
        implements DisposableBean {

    @Override
    public void destroy() {
        server.shutdownNow();
    }

    @Override
    public String toString() {
        return "EmbeddedStore[" + (file == null ? "in memory" : file) + "]";
    }
}
