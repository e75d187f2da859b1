package io.customerlens.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop write load: each of {@code clients} threads records one order ({@code recordOrder}, a new external id
 * each time, a random customer of the first 100) as soon as the previous one was acknowledged. Prints one Markdown
 * row: acknowledged orders per second and latency percentiles.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.customerlens.bench.load.WriteLoad URL CLIENTS SECONDS WARMUP [LABEL]</pre>
 */
public final class WriteLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{24})\"");
    private static final String MUTATION = "mutation { recordOrder(input: {customerId: \\\"%s\\\", externalId: \\\"%s\\\","
            + " orderedAt: \\\"2025-05-01T10:00:00Z\\\", amount: 19.99}) { id } }";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;

    private WriteLoad(String url) {
        this.url = url;
    }

    public static void main(String[] args) throws Exception {
        WriteLoad load = new WriteLoad(args[0]);
        int clients = Integer.parseInt(args[1]);
        Duration measured = Duration.ofSeconds(Long.parseLong(args[2]));
        Duration warmup = Duration.ofSeconds(Long.parseLong(args[3]));
        String label = args.length > 4 ? args[4] : "";
        System.out.println(load.run(clients, measured, warmup, label));
    }

    private String run(int clients, Duration measured, Duration warmup, String label) throws Exception {
        List<String> customers = new ArrayList<>();
        Matcher ids = ID.matcher(post("{\"query\":\"{ customers(first: 100) { edges { node { id } } } }\"}"));
        while (ids.find()) {
            customers.add(ids.group(1));
        }
        if (customers.isEmpty()) {
            throw new IllegalStateException("the server holds no customers");
        }
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measured.toNanos();
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int c = 0; c < clients; c++) {
            long[][] mine = {new long[1 << 16]};
            int[] size = {0};
            int client = c;
            Thread thread = new Thread(() -> {
                for (long n = 0; System.nanoTime() < end; n++) {
                    String customer = customers.get(ThreadLocalRandom.current().nextInt(customers.size()));
                    String body = "{\"query\":\"" + String.format(MUTATION, customer, "WL-" + run + "-" + client + "-" + n) + "\"}";
                    long sent = System.nanoTime();
                    boolean ok;
                    try {
                        ok = post(body).contains("\"recordOrder\":{\"id\"");
                    } catch (Exception e) {
                        ok = false;
                    }
                    long took = System.nanoTime() - sent;
                    if (sent >= measureFrom && System.nanoTime() < end) {
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                        if (size[0] == mine[0].length) {
                            mine[0] = java.util.Arrays.copyOf(mine[0], size[0] * 2);
                        }
                        mine[0][size[0]++] = took;
                    }
                }
                synchronized (latencies) {
                    latencies.add(java.util.Arrays.copyOf(mine[0], size[0]));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Percentiles latency = Percentiles.of(latencies);
        double seconds = measured.toNanos() / 1e9;
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |", label, clients,
                latency.count(), errors.get(), latency.count() / seconds, latency.p50(), latency.p95(), latency.p99());
    }

    private String post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/graphql")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
