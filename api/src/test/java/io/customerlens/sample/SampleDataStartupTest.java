package io.customerlens.sample;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.customerlens.CustomerLensApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo on a MongoDB that is not there yet: the server starts anyway, is not ready, and answers with a classified
 * error (never an empty list) until the store is back and the sample data is in; then it serves all of it.
 */
class SampleDataStartupTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String QUERY = "{\"query\":\"{ customers(first: 100) { edges { node { externalId } } } }\"}";

    @TempDir
    Path dir;

    @Test
    void startsWithoutTheStoreAndServesTheSampleDataOnceItIsBack() throws Exception {
        int storePort = freePort();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CustomerLensApplication.class)
                .run("--server.port=0", "--spring.profiles.active=demo", "--customerlens.sample-data.customers=150",
                        "--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/demo",
                        "--customerlens.store.server-selection-timeout=300ms",
                        "--customerlens.store.index-retry-interval=300ms",
                        "--customerlens.plugins.dir=" + dir.resolve("plugins"))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(503);
            HttpResponse<String> whileDown = post(port, QUERY);
            assertThat(whileDown.body()).contains("\"errors\"").doesNotContain("\"edges\":[]");

            MongoServer store = new MongoServer(new MemoryBackend());
            store.bind("127.0.0.1", storePort);
            try {
                List<String> answers = new ArrayList<>();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (get(port, "/actuator/health/readiness").statusCode() != 200 && System.nanoTime() < deadline) {
                    answers.add(post(port, QUERY).body());
                    Thread.sleep(20);
                }
                assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
                assertThat(answers).allSatisfy(answer -> assertThat(answer).satisfiesAnyOf(
                        body -> assertThat(body).contains("\"reason\":\"LOADING_SAMPLE_DATA\""),
                        body -> assertThat(body).contains("\"reason\":\"STORE_UNAVAILABLE\""),
                        body -> assertThat(body.split("\"externalId\"")).hasSize(101)));
                assertThat(post(port, QUERY).body().split("\"externalId\"")).hasSize(101);
                assertThat(get(port, "/api/customers?first=1").statusCode()).isEqualTo(200);
            } finally {
                store.shutdownNow();
            }
        }
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(int port, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
