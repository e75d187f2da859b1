package io.customerlens.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Segment-change latency: subscribes to value-tier changes over WebSocket (graphql-transport-ws), then, one customer
 * at a time, records an order through the API that lifts a basic customer to VIP and measures the time from sending
 * the order to receiving its event. Prints one Markdown row: events received, percentiles of order-to-event and of
 * the order's own acknowledgement.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.customerlens.bench.load.SegmentChangeLatency URL ROUNDS</pre>
 */
public final class SegmentChangeLatency {

    private static final Pattern BASIC = Pattern.compile(
            "\"id\"\\s*:\\s*\"([0-9a-f]{24})\"\\s*,\\s*\"segment\"\\s*:\\s*\\{\\s*\"code\"\\s*:\\s*\"basic\"");
    private static final Pattern CHANGED = Pattern.compile("\"customerId\"\\s*:\\s*\"([0-9a-f]{24})\"");
    private static final String ORDER = "{\"query\":\"mutation { recordOrder(input: {customerId: \\\"%s\\\","
            + " orderedAt: \\\"%s\\\", amount: 100000}) { id } }\"}";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String url;
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

    private SegmentChangeLatency(String url) {
        this.url = url;
    }

    public static void main(String[] args) throws Exception {
        System.out.println(new SegmentChangeLatency(args[0]).run(Integer.parseInt(args[1])));
    }

    private String run(int rounds) throws Exception {
        // Asking for the tier also makes the model remember it, so the order's change is an UP from basic.
        List<String> basic = new ArrayList<>();
        Matcher found = BASIC.matcher(post("{\"query\":\"{ customers(first: 100) { edges { node { id"
                + " segment(model: \\\"value-tier\\\") { code } } } } }\"}"));
        while (found.find() && basic.size() < rounds) {
            basic.add(found.group(1));
        }
        WebSocket socket = http.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(URI.create(url.replaceFirst("^http", "ws") + "/graphql-ws"), new Listener()).join();
        socket.sendText("{\"type\":\"connection_init\",\"payload\":{}}", true).join();
        expect("connection_ack");
        socket.sendText("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":\"subscription {"
                + " segmentChanges(model: \\\"value-tier\\\") { customerId direction } }\"}}", true).join();
        Thread.sleep(1000); // the subscription is being set up; it has no acknowledgement in the protocol

        long[] toEvent = new long[basic.size()];
        long[] toAck = new long[basic.size()];
        int received = 0;
        for (String customer : basic) {
            long sent = System.nanoTime();
            post(String.format(ORDER, customer, Instant.now().minusSeconds(60)));
            toAck[received] = System.nanoTime() - sent;
            if (!awaitChangeOf(customer, sent + TimeUnit.SECONDS.toNanos(10))) {
                continue;
            }
            toEvent[received] = System.nanoTime() - sent;
            received++;
        }
        socket.abort();
        Percentiles event = Percentiles.of(List.of(java.util.Arrays.copyOf(toEvent, received)));
        Percentiles ack = Percentiles.of(List.of(java.util.Arrays.copyOf(toAck, received)));
        return String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f | %.1f |", basic.size(), received,
                event.p50(), event.p95(), event.max(), ack.p50());
    }

    private boolean awaitChangeOf(String customer, long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            String message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (message == null) {
                return false;
            }
            Matcher changed = CHANGED.matcher(message);
            if (changed.find() && changed.group(1).equals(customer)) {
                return true;
            }
        }
        return false;
    }

    private void expect(String type) throws InterruptedException {
        String message = messages.poll(10, TimeUnit.SECONDS);
        if (message == null || !message.contains("\"" + type + "\"")) {
            throw new IllegalStateException("expected " + type + ", got " + message);
        }
    }

    private String post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/graphql")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                messages.add(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
