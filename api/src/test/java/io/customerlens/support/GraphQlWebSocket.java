package io.customerlens.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A graphql-transport-ws client over the JDK's WebSocket, speaking the protocol message by message. */
public final class GraphQlWebSocket implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final WebSocket socket;
    private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<Integer> closed = new LinkedBlockingQueue<>();

    private GraphQlWebSocket(int port) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://localhost:" + port + "/graphql-ws"), new Listener()).join();
    }

    /** @return a connection whose connection_init carries these values (e.g. apiKey) */
    public static GraphQlWebSocket connect(int port, Map<String, Object> initPayload) {
        GraphQlWebSocket client = new GraphQlWebSocket(port);
        client.send(Map.of("type", "connection_init", "payload", initPayload));
        return client;
    }

    public void subscribe(String id, String query) {
        send(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", query)));
    }

    /** @return the next message, or null if none came within the time */
    public Map<String, Object> next(Duration within) throws InterruptedException {
        return received.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return the close status the server sent, or null if it did not close within the time */
    public Integer closeStatus(Duration within) throws InterruptedException {
        return closed.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void send(Map<String, Object> message) {
        socket.sendText(JSON.writeValueAsString(message), true).join();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                received.add(JSON.readValue(text.toString(), Map.class));
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.add(statusCode);
            return null;
        }
    }
}
