package io.customerlens.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client of the Chrome DevTools protocol over one WebSocket (Java's own): commands with their answers, events to
 * a listener. Commands to a page go with the session id {@code Target.attachToTarget} gave it (flat sessions).
 */
final class DevTools implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
    private final Consumer<JsonNode> events;
    private final WebSocket socket;

    private DevTools(URI endpoint, Consumer<JsonNode> events) {
        this.events = events;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                .buildAsync(endpoint, new Listener()).join();
    }

    /** Connects to the browser's endpoint ({@code ws://127.0.0.1:<port>/devtools/browser/<id>}). */
    static DevTools connect(URI endpoint, Consumer<JsonNode> events) {
        return new DevTools(endpoint, events);
    }

    /** @return the command's result; an error answer fails */
    JsonNode send(String sessionId, String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            command.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answers.put(id, answer);
        synchronized (socket) {
            socket.sendText(JSON.writeValueAsString(command), true).join();
        }
        try {
            JsonNode message = answer.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (message.has("error")) {
                throw new IllegalStateException(method + " failed: " + message.get("error"));
            }
            return message.get("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " got no answer", e);
        } finally {
            answers.remove(id);
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

    private void received(String text) {
        JsonNode message = JSON.readTree(text);
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = answers.get(message.get("id").asInt());
            if (answer != null) {
                answer.complete(message);
            }
        } else {
            events.accept(message);
        }
    }

    /** Joins the parts of each text message; answers and events go to {@link #received}. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                String text = message.toString();
                message.setLength(0);
                received(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            answers.values().forEach(answer -> answer.completeExceptionally(error));
        }
    }
}
