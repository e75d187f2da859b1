package io.customerlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import io.customerlens.support.ForkedServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Crashes a real server process ({@code kill -9}) three times while it acknowledges single orders and imports a file
 * of orders, restarts it on the same embedded store file each time, runs the import once more to its end, and then
 * reads the file directly: every acknowledged order must be there, every customer's summary must equal their stored
 * orders, and no external id may be stored twice.
 */
class CrashRecoveryTest {

    /** Scaled for CI; docs/reliability.md gives the command for the full size (200,000 orders). */
    private static final int CUSTOMERS = Integer.getInteger("customerlens.test.crash.customers", 100);
    private static final int IMPORTED_ORDERS = Integer.getInteger("customerlens.test.crash.orders", 30_000);
    private static final double[] KILL_AT = {0.30, 0.55, 0.80};
    private static final int WRITERS = 3;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    @Test
    void acknowledgedWritesSurviveKillsAndSummariesMatchTheHistoryAfterwards() throws Exception {
        Path customersFile = write("customers.csv", customersCsv());
        Path ordersFile = write("orders.csv", ordersCsv());

        ForkedServer server = start();
        awaitImport(server, upload(server, "customers", customersFile));
        List<String> customerIds = customerIds(server);
        assertThat(customerIds).hasSize(Math.min(100, CUSTOMERS));

        for (int kill = 0; kill < KILL_AT.length; kill++) {
            if (kill > 0) {
                server = start();
            }
            String job = upload(server, "orders", ordersFile);
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String prefix = "W" + kill + "-" + w + "-";
                ForkedServer target = server;
                Thread writer = new Thread(() -> writeOrders(target, customerIds, prefix, writing));
                writer.start();
                writers.add(writer);
            }
            awaitRead(server, job, (long) (KILL_AT[kill] * IMPORTED_ORDERS));
            server.kill();
            writing.set(false);
            for (Thread writer : writers) {
                writer.join();
            }
        }

        server = start();
        JsonNode rerun = awaitImport(server, upload(server, "orders", ordersFile));
        assertThat(rerun.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(rerun.get("rejected").asLong()).isZero();
        server.stop();

        try (StoreReader store = new StoreReader(dir.resolve("store.mv"))) {
            MongoDatabase db = store.database();
            Map<String, Integer> byExternalId = new HashMap<>();
            Map<String, Totals> history = new HashMap<>();
            for (Document order : db.getCollection("orders").find().batchSize(10_000)) {
                byExternalId.merge(order.getString("externalId"), 1, Integer::sum);
                history.computeIfAbsent(String.valueOf(order.get("customerId")), id -> new Totals())
                        .add(order.get("amount", Decimal128.class).bigDecimalValue());
            }
            List<String> lost = acknowledged.stream().filter(id -> !byExternalId.containsKey(id)).sorted().toList();
            List<String> twice = byExternalId.entrySet().stream().filter(entry -> entry.getValue() > 1)
                    .map(Map.Entry::getKey).toList();
            List<String> wrongSummaries = new ArrayList<>();
            for (Document customer : db.getCollection("customers").find().batchSize(10_000)) {
                Document summary = customer.get("orderSummary", Document.class);
                Totals stored = history.getOrDefault(customer.get("_id").toString(), new Totals());
                if (summary.getInteger("count") != stored.count
                        || summary.get("total", Decimal128.class).bigDecimalValue().compareTo(stored.total) != 0) {
                    wrongSummaries.add(customer.getString("externalId") + ": summary " + summary.getInteger("count")
                            + " / " + summary.get("total") + ", stored " + stored.count + " / " + stored.total);
                }
            }
            System.out.printf("CrashRecoveryTest: %d kills, %d orders acknowledged one by one, %d lost; %d orders"
                            + " stored, %d external ids stored twice; %d customers, %d summaries differing from history%n",
                    KILL_AT.length, acknowledged.size(), lost.size(), byExternalId.size(), twice.size(), CUSTOMERS,
                    wrongSummaries.size());
            assertThat(acknowledged).as("orders acknowledged before the kills").hasSizeGreaterThan(30);
            assertThat(lost).as("acknowledged orders missing after the restarts").isEmpty();
            assertThat(twice).as("external ids stored more than once").isEmpty();
            assertThat(wrongSummaries).as("customers whose summary differs from their orders").isEmpty();
            assertThat(byExternalId.keySet().stream().filter(id -> id.startsWith("IMP-"))).hasSize(IMPORTED_ORDERS);
            assertThat(db.getCollection("write_intents").countDocuments()).as("notes of unfinished writes").isZero();
        }
    }

    private ForkedServer start() {
        return ForkedServer.start(dir.resolve("logs"), "--customerlens.store.embedded.file=" + dir.resolve("store.mv"),
                "--customerlens.plugins.dir=" + dir.resolve("plugins"), "--customerlens.security.anonymous-role=admin",
                "--customerlens.security.key-secret-file=" + dir.resolve("key-secret"),
                "--customerlens.sample-data.enabled=false", "--logging.level.root=WARN");
    }

    /** Records orders (to the first 100 customers) until the server goes away, remembering each one acknowledged. */
    private void writeOrders(ForkedServer server, List<String> customerIds, String prefix, AtomicBoolean writing) {
        // language=GraphQL
        String mutation = """
                mutation($input: RecordOrderInput!) {
                  recordOrder(input: $input) { id externalId }
                }
                """;
        for (int n = 0; writing.get(); n++) {
            String externalId = prefix + n;
            Map<String, Object> input = Map.of("customerId", customerIds.get(ThreadLocalRandom.current().nextInt(customerIds.size())),
                    "externalId", externalId, "orderedAt", "2025-03-01T10:00:00Z", "amount", 12.34);
            try {
                JsonNode answer = graphQl(server, mutation, Map.of("input", input));
                if (externalId.equals(answer.path("data").path("recordOrder").path("externalId").asString(null))
                        && answer.path("errors").isMissingNode()) {
                    acknowledged.add(externalId);
                }
            } catch (IOException gone) {
                return;
            }
        }
    }

    private List<String> customerIds(ForkedServer server) throws IOException {
        JsonNode page = graphQl(server, "{ customers(first: 100) { edges { node { id } } } }", Map.of());
        List<String> ids = new ArrayList<>();
        page.path("data").path("customers").path("edges").forEach(edge -> ids.add(edge.path("node").path("id").asString()));
        return ids;
    }

    private String upload(ForkedServer server, String kind, Path file) throws IOException {
        String boundary = "----crash" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/import/" + kind)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail))).build();
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body()).get("id").asString();
    }

    private JsonNode job(ForkedServer server, String id) throws IOException {
        return graphQl(server, "query($id: ID!) { importJob(id: $id) { state read rejected error } }", Map.of("id", id))
                .path("data").path("importJob");
    }

    private JsonNode awaitImport(ForkedServer server, String id) throws IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = job(server, id);
            String state = job.get("state").asString();
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return job;
            }
            pause(100);
        }
        throw new AssertionError("import " + id + " did not end within 5 minutes");
    }

    private void awaitRead(ForkedServer server, String id, long rows) throws IOException {
        while (true) {
            JsonNode job = job(server, id);
            assertThat(job.get("state").asString()).as("import still running when it should be killed")
                    .isIn("QUEUED", "RUNNING");
            if (job.get("read").asLong() >= rows) {
                return;
            }
            pause(20);
        }
    }

    private JsonNode graphQl(ForkedServer server, String query, Map<String, Object> variables) throws IOException {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/graphql")))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return JSON.readTree(send(request).body());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String customersCsv() {
        StringBuilder csv = new StringBuilder("externalId,name,joinedOn\n");
        for (int i = 0; i < CUSTOMERS; i++) {
            csv.append("C").append(i).append(",Customer ").append(i).append(",2024-01-01\n");
        }
        return csv.toString();
    }

    /** Orders spread over every customer, so that each batch of the import moves many summaries. */
    private static String ordersCsv() {
        StringBuilder csv = new StringBuilder("externalId,customerExternalId,orderedAt,amount\n");
        for (int i = 0; i < IMPORTED_ORDERS; i++) {
            csv.append("IMP-").append(i).append(",C").append(i * 37 % CUSTOMERS).append(",2024-")
                    .append(String.format("%02d", 1 + i % 12)).append("-15T12:00:00Z,")
                    .append(i % 500).append('.').append(String.format("%02d", i % 100)).append('\n');
        }
        return csv.toString();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class Totals {
        int count;
        BigDecimal total = BigDecimal.ZERO;

        void add(BigDecimal amount) {
            count++;
            total = total.add(amount);
        }
    }

    /** The store file opened in this JVM, as the server would, once the server has stopped. */
    private static final class StoreReader implements AutoCloseable {

        private final MongoServer server;
        private final MongoClient client;

        StoreReader(Path file) {
            String password = UUID.randomUUID().toString();
            server = new MongoServer(new EmbeddedBackend(EmbeddedStoreFile.at(file).open(), password, false, false, () -> { }));
            server.bind("127.0.0.1", 0);
            client = MongoClients.create(new ConnectionString("mongodb://" + EmbeddedBackend.USER + ":" + password
                    + "@127.0.0.1:" + server.getLocalAddress().getPort() + "/?authMechanism=PLAIN&authSource=%24external"));
        }

        MongoDatabase database() {
            return client.getDatabase("customerlens");
        }

        @Override
        public void close() {
            client.close();
            server.shutdownNow();
        }
    }
}
