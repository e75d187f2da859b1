package io.customerlens.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.customerlens.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end against a receiver on loopback: the signed event of an order that lifts a customer to VIP,
 * retries and the dead letter of a receiver that keeps failing, and the allow-list.
 */
class WebhookDeliveryTest extends IntegrationTest {

    private static final String SECRET = "a-secret-of-the-receiver";
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** A request the receiver got. */
    private record Received(String signature, String delivery, String body) {
    }

    @Autowired
    private Webhooks webhooks;

    @Autowired
    private MeterRegistry meters;

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private HttpServer receiver;
    private String target;

    @BeforeEach
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-CustomerLens-Signature"),
                    exchange.getRequestHeaders().getFirst("X-CustomerLens-Delivery"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/failing", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        receiver.start();
        target = fixtures.buyersAndOneBasicCustomer(NOW);
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        graphQl.document("{ webhooks { id } }").execute().path("webhooks[*].id").entityList(String.class).get()
                .forEach(id -> graphQl.document("mutation($id: ID!) { deleteWebhook(id: $id) { id } }")
                        .variable("id", id).execute().path("deleteWebhook.id").hasValue());
    }

    @Test
    void theReceiverGetsTheSignedChangeAndTheLogShowsTheDelivery() throws Exception {
        String webhook = register("/hook");

        fixtures.order(target, NOW, 10_000);

        Received request = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(request).as("a delivery").isNotNull();
        Map<String, String> signature = parts(request.signature());
        assertThat(signature.get("v1")).isEqualTo(hmac(SECRET, signature.get("t") + "." + request.body()))
                .isNotEqualTo(hmac("another-secret-entirely", signature.get("t") + "." + request.body()));
        Map<?, ?> body = JsonMapper.builder().build().readValue(request.body(), Map.class);
        assertThat(body.get("type")).isEqualTo("segment.changed");
        assertThat(body.get("id")).isEqualTo(request.delivery());
        assertThat(body.get("webhookId")).isEqualTo(webhook);
        assertThat((Map<String, Object>) body.get("data")).containsEntry("customerId", target)
                .containsEntry("model", "value-tier").containsEntry("direction", "UP").containsEntry("cause", "ORDER")
                .containsEntry("at", "2025-06-30T12:00:00Z")
                .containsEntry("current", Map.of("code", "vip", "label", "VIP", "rank", 1));

        Map<String, Object> delivery = awaitDelivery(webhook, "DELIVERED");
        assertThat(delivery).containsEntry("id", request.delivery()).containsEntry("customerId", target);
        assertThat((List<Map<String, Object>>) delivery.get("attempts")).singleElement()
                .satisfies(attempt -> assertThat(attempt).containsEntry("status", 204).containsEntry("error", null));
    }

    @Test
    void aFailingReceiverIsRetriedThenDeadLettered() throws Exception {
        String webhook = register("/failing");
        double retried = attempts("retried");
        double dead = attempts("dead");

        fixtures.order(target, NOW, 10_000);

        Map<String, Object> delivery = awaitDelivery(webhook, "DEAD");
        assertThat(attempts("retried") - retried).isEqualTo(2);
        assertThat(attempts("dead") - dead).isEqualTo(1);
        assertThat((List<Map<String, Object>>) delivery.get("attempts")).hasSize(3)
                .allSatisfy(attempt -> assertThat(attempt).containsEntry("status", 500)
                        .containsEntry("error", "answered 500"));
        assertThat(delivery).containsEntry("nextAttemptAt", null);
    }

    /** What a server that stopped with a delivery still pending left in the store is sent once the store is ready. */
    @Test
    void aPendingDeliveryIsSentWhenTheStoreIsReadiedAtStart() throws Exception {
        String webhook = register("/hook");
        String id = new ObjectId().toHexString();
        String body = "{\"id\":\"" + id + "\",\"type\":\"segment.changed\"}";
        mongo.insert(new WebhookDelivery(id, webhook, target, body, WebhookDelivery.State.PENDING, List.of(), NOW, NOW));

        webhooks.run(); // the start-up step, as the store startup runs it

        Received request = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(request).as("the pending delivery").isNotNull();
        assertThat(request.delivery()).isEqualTo(id);
        assertThat(request.body()).isEqualTo(body);
        assertThat(awaitDelivery(webhook, "DELIVERED")).containsEntry("id", id);
    }

    @Test
    void anAddressNotOnTheAllowListIsRefusedAndNothingIsStored() {
        graphQl.document("""
                        mutation { registerWebhook(input: {url: "http://crm.example.org/hook",
                            models: [{model: "value-tier"}], secret: "a-secret-of-the-receiver"}) { id } }""")
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).contains("input.url")
                            .contains("host 'crm.example.org' is not on customerlens.webhooks.allowed-hosts");
                }));
        graphQl.document("{ webhooks { id } }").execute().path("webhooks").entityList(Object.class).hasSize(0);
    }

    private String register(String path) {
        return graphQl.document("""
                        mutation($url: String!, $secret: String!) { registerWebhook(input: {url: $url,
                            models: [{model: "value-tier"}], secret: $secret}) { id models { model } } }""")
                .variable("url", "http://localhost:" + receiver.getAddress().getPort() + path)
                .variable("secret", SECRET)
                .execute()
                .path("registerWebhook.models[0].model").entity(String.class).isEqualTo("value-tier")
                .path("registerWebhook.id").entity(String.class).get();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> awaitDelivery(String webhook, String state) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<Map<String, Object>> deliveries = graphQl.document("""
                            query($id: ID!) { webhookDeliveries(webhookId: $id) { edges { node {
                                id customerId state nextAttemptAt attempts { status error } } } } }""")
                    .variable("id", webhook).execute()
                    .path("webhookDeliveries.edges[*].node").entityList(Map.class).get().stream()
                    .map(node -> (Map<String, Object>) node).toList();
            if (deliveries.size() == 1 && state.equals(deliveries.get(0).get("state"))
                    || System.nanoTime() > until) {
                assertThat(deliveries).singleElement().satisfies(d -> assertThat(d).containsEntry("state", state));
                return deliveries.get(0);
            }
            Thread.sleep(50);
        }
    }

    /** @return the count of attempts with this outcome at /actuator/metrics */
    private double attempts(String outcome) {
        return meters.counter("customerlens.webhook.attempts", "outcome", outcome).count();
    }

    private static Map<String, String> parts(String header) {
        assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
        String[] pieces = header.split(",");
        return Map.of("t", pieces[0].substring(2), "v1", pieces[1].substring(3));
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
