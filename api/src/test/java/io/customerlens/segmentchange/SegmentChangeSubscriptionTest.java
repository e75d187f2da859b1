package io.customerlens.segmentchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.GraphQlWebSocket;
import io.customerlens.support.ImportSupport;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The segmentChanges subscription end to end: an order recorded through the API lifts a customer to the VIP tier of
 * the value-tier model, and a subscriber receives the change over WebSocket and over SSE.
 */
class SegmentChangeSubscriptionTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(SegmentChangeSubscriptionTest.class);
    private static final Duration WAIT = Duration.ofSeconds(10);
    // language=GraphQL
    private static final String SUBSCRIPTION = """
            subscription { segmentChanges(model: "value-tier") {
                customerId customer { name } model params previous { code label rank } current { code label rank }
                direction at cause } }""";

    @LocalServerPort
    private int port;

    @Autowired
    private SegmentWatches watches;

    @Autowired
    private MeterRegistry meters;

    private String target;

    @BeforeEach
    void population() {
        target = fixtures.buyersAndOneBasicCustomer(NOW);
    }

    @Test
    void aSubscriberOverWebSocketReceivesTheOrderThatLiftsACustomerToVip() throws Exception {
        try (GraphQlWebSocket socket = subscribed(Role.EDITOR, SUBSCRIPTION)) {
            assertThat(meters.get("customerlens.segment.watches").gauge().value()).isEqualTo(1);
            double changes = meters.counter("customerlens.segment.changes", "model", "value-tier", "cause", "ORDER")
                    .count();
            long ordered = System.nanoTime();
            fixtures.order(target, NOW, 10_000);
            Map<String, Object> message = socket.next(WAIT);
            long latencyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ordered);
            log.info("segment-change latency over WebSocket: {} ms from the order's request to the event", latencyMs);

            assertThat(message).containsEntry("type", "next").containsEntry("id", "1");
            Map<String, Object> change = change(message);
            assertThat(change).containsEntry("customerId", target).containsEntry("model", "value-tier")
                    .containsEntry("direction", "UP").containsEntry("cause", "ORDER")
                    .containsEntry("at", "2025-06-30T12:00:00.000Z")
                    .containsEntry("previous", Map.of("code", "basic", "label", "Basic", "rank", 3))
                    .containsEntry("current", Map.of("code", "vip", "label", "VIP", "rank", 1));
            assertThat((Map<String, Object>) change.get("params")).containsEntry("measure", "spend");
            assertThat(change).containsEntry("customer", Map.of("name", "Test C-target"));
            assertThat(meters.counter("customerlens.segment.changes", "model", "value-tier", "cause", "ORDER").count())
                    .isEqualTo(changes + 1);
        }
    }

    @Test
    void aViewerSeesTheCustomerOfAChangeMaskedAsInQueries() throws Exception {
        try (GraphQlWebSocket socket = subscribed(Role.VIEWER, SUBSCRIPTION)) {
            fixtures.order(target, NOW, 10_000);

            Map<String, Object> change = change(socket.next(WAIT));
            assertThat(change).containsEntry("customerId", target).containsEntry("direction", "UP");
            assertThat(((Map<?, ?>) change.get("customer")).get("name")).isNotEqualTo("Test C-target")
                    .isEqualTo("T. C.");
        }
    }

    @Test
    void aSubscriberOverServerSentEventsReceivesTheChange() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .header("X-API-Key", TestKeys.key(Role.VIEWER))
                .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.builder().build()
                        .writeValueAsString(Map.of("query", SUBSCRIPTION)))).build();
        // The response's headers come with its first event.
        var pending = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        awaitWatched();

        fixtures.order(target, NOW, 10_000);

        HttpResponse<Stream<String>> response = pending.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/event-stream"));
        Thread reader = new Thread(() -> response.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();

        String data = null;
        for (String line = lines.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS); line != null && data == null;
             line = data == null ? lines.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS) : null) {
            if (line.startsWith("data:")) {
                data = line.substring("data:".length());
            }
        }
        assertThat(data).as("an SSE data line").isNotNull();
        Map<String, Object> change = change(Map.of("payload", JsonMapper.builder().build().readValue(data, Map.class)));
        assertThat(change).containsEntry("customerId", target).containsEntry("direction", "UP")
                .containsEntry("current", Map.of("code", "vip", "label", "VIP", "rank", 1));
        response.body().close();
    }

    @Test
    void anImportedOrderIsAChangeCausedByTheImport() throws Exception {
        try (GraphQlWebSocket socket = subscribed(Role.VIEWER, SUBSCRIPTION)) {
            HttpResponse<String> upload = ImportSupport.upload(http, TestKeys.key(Role.EDITOR), "orders", "orders.csv", """
                    externalId,customerExternalId,orderedAt,amount
                    IMP-1,C-target,2025-06-29T10:00:00Z,10000
                    """);
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);

            assertThat(change(socket.next(WAIT))).containsEntry("customerId", target).containsEntry("cause", "IMPORT")
                    .containsEntry("direction", "UP");
        }
    }

    /**
     * A snapshot reports a customer whose tier moved while nobody watched: the tier last reported was basic, the order
     * came while the subscription was closed, and the snapshot finds VIP.
     */
    @Test
    void aSnapshotReportsAMoveMadeWhileNobodyWatched() throws Exception {
        try (GraphQlWebSocket first = subscribed(Role.VIEWER, SUBSCRIPTION)) {
            fixtures.survey(target, NOW, 9, null); // written while watched: the tier (basic) is now known
            awaitKnown(target);
        }
        awaitUnwatched();
        fixtures.order(target, NOW, 10_000);

        try (GraphQlWebSocket second = subscribed(Role.VIEWER, SUBSCRIPTION)) {
            graphQl.document("mutation { startSnapshot(input: {models: [{model: \"value-tier\"}]}) { id } }")
                    .execute().path("startSnapshot.id").hasValue();

            Map<String, Object> change = change(second.next(WAIT));
            assertThat(change).containsEntry("customerId", target).containsEntry("cause", "SNAPSHOT")
                    .containsEntry("direction", "UP").containsEntry("previous", Map.of("code", "basic", "label", "Basic",
                            "rank", 3));
            // the twenty others had no reported tier: the snapshot learns them without a NEW event each
            assertThat(second.next(Duration.ofMillis(500))).isNull();
        }
    }

    @Test
    void aConnectionWithoutAValidKeyIsRefused() throws Exception {
        try (GraphQlWebSocket socket = GraphQlWebSocket.connect(port, Map.of("apiKey", "not-a-key"))) {
            // Spring closes with 4401; the JDK client sometimes sees the socket end before the close frame (1006).
            assertThat(socket.closeStatus(WAIT)).isIn(4401, 1006);
            assertThat(socket.next(Duration.ZERO)).as("no connection_ack").isNull();
        }
    }

    @Test
    void aModelThatIsNotASegmentationIsABadRequestNamingTheArgument() throws Exception {
        try (GraphQlWebSocket socket = GraphQlWebSocket.connect(port, Map.of("apiKey", TestKeys.key(Role.VIEWER)))) {
            assertThat(socket.next(WAIT)).containsEntry("type", "connection_ack");
            socket.subscribe("1", "subscription { segmentChanges(model: \"nps\") { customerId } }");

            Map<String, Object> message = socket.next(WAIT);
            assertThat(message).containsEntry("type", "error");
            assertThat(message.get("payload").toString()).contains("model").contains("segmentation models only")
                    .contains("BAD_REQUEST");
        }
        assertThat(watches.size()).isZero();
    }

    private GraphQlWebSocket subscribed(Role role, String subscription) throws InterruptedException {
        GraphQlWebSocket socket = GraphQlWebSocket.connect(port, Map.of("apiKey", TestKeys.key(role)));
        assertThat(socket.next(WAIT)).containsEntry("type", "connection_ack");
        socket.subscribe("1", subscription);
        awaitWatched();
        return socket;
    }

    private void awaitKnown(String customerId) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (mongo.getCollection(WatchedSegments.COLLECTION).countDocuments(new org.bson.Document("customerId",
                customerId)) == 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }

    private void awaitUnwatched() throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (watches.size() > 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(watches.size()).as("watched model choices").isZero();
    }

    private void awaitWatched() throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (watches.size() == 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(watches.size()).as("watched model choices").isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> change(Map<String, Object> message) {
        assertThat(message).as("a message").isNotNull();
        Map<String, Object> payload = (Map<String, Object>) message.get("payload");
        assertThat(payload).doesNotContainKey("errors");
        return (Map<String, Object>) ((Map<String, Object>) payload.get("data")).get("segmentChanges");
    }
}
