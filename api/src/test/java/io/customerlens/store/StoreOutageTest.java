package io.customerlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store goes away while the server runs: health turns DOWN, requests fail fast with a clear error and store
 * nothing, and service resumes without a restart once the store is back (here: the embedded server is stopped,
 * then started again on the same port and file).
 */
@DirtiesContext
class StoreOutageTest extends IntegrationTest {

    private static final Path FILE = tempFile();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("customerlens.store.embedded.file", FILE::toString);
        registry.add("customerlens.store.server-selection-timeout", () -> "1s");
    }

    @Autowired
    private EmbeddedStore store;

    private MongoServer restarted;

    @Test
    void failsFastWhileTheStoreIsDownAndResumesWhenItReturns() throws Exception {
        String id = fixtures.customer("OUT-1", LocalDate.parse("2024-01-01"));
        InetSocketAddress address = store.server().getLocalAddress();
        store.server().shutdownNow();

        HttpResponse<String> health = http.get("/actuator/health", TestKeys.key(Role.ADMIN));
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"store\":{\"status\":\"DOWN\"");
        HttpResponse<String> anonymous = http.get("/actuator/health");
        assertThat(anonymous.statusCode()).isEqualTo(503);
        assertThat(anonymous.body()).isEqualTo("{\"status\":\"DOWN\",\"groups\":[\"liveness\",\"readiness\"]}");

        long started = System.nanoTime();
        graphQl.document("query($id: ID!) { customer(id: $id) { name } }").variable("id", id).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
                    assertThat(error.getMessage()).startsWith("The customer store is unavailable; try again shortly");
                    assertThat(error.getExtensions()).containsEntry("reason", "STORE_UNAVAILABLE");
                }));
        // Well under the MongoDB driver's default of 30 s: the configured 1 s server selection timeout applies.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

        graphQl.document("""
                mutation {
                  createCustomer(input: {externalId: "OUT-2", name: "Lost"}) { id }
                }
                """).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("store is unavailable")));
        HttpResponse<String> storedKey = http.get("/actuator/health", "cl_a-key-that-only-the-store-could-know");
        assertThat(storedKey.statusCode()).isEqualTo(503);
        assertThat(storedKey.body()).contains("could not be checked");

        restarted = new MongoServer(new EmbeddedBackend(EmbeddedStoreFile.at(FILE).open(),
                new String(store.connection().getPassword()), true, false, () -> { }));
        restarted.bind(address.getHostString(), address.getPort());

        assertThat(awaitHealthy()).isTrue();
        graphQl.document("query($id: ID!) { customer(id: $id) { name } }").variable("id", id).execute()
                .path("customer.name").entity(String.class).isEqualTo("Test OUT-1");
        graphQl.document("{ customers(first: 10) { edges { node { externalId } } } }").execute()
                .path("customers.edges[*].node.externalId").entityList(String.class).containsExactly("OUT-1");
    }

    @AfterEach
    void stopRestarted() {
        if (restarted != null) {
            restarted.shutdownNow();
        }
    }

    private boolean awaitHealthy() throws Exception {
        for (int attempt = 0; attempt < 40; attempt++) {
            if (http.get("/actuator/health").statusCode() == 200) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static Path tempFile() {
        try {
            return Files.createTempDirectory("customer-lens-outage").resolve("store.mv");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
