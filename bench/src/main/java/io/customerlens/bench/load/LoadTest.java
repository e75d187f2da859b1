package io.customerlens.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop load: each of {@code clients} threads sends its next request as soon as the previous one answered,
 * for a warm-up and then a measured period; pages are taken round-robin over the whole population, so every customer
 * is asked for. Prints one result line per run (throughput, latency percentiles, errors: a response with GraphQL
 * errors, or a JSON row holding a model failure instead of a result, or no answer).
 *
 * <pre>java -cp bench/target/benchmarks.jar io.customerlens.bench.load.LoadTest \
 *     --url http://localhost:8080 --mode graphql --clients 10 --seconds 20 --warmup 5 --page 100 \
 *     --segmentation rfm --satisfaction nps --loyalty behavioural [--key KEY] [--label warm] [--prime true] \
 *     [--detail summary|full]</pre>
 *
 * <p>{@code --prime true} requests every page once before the warm-up.
 */
public final class LoadTest {

    private static final Pattern END_CURSOR = Pattern.compile("\"endCursor\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern HAS_NEXT = Pattern.compile("\"hasNextPage\"\\s*:\\s*true");

    private final Map<String, String> options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private LoadTest(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("url", "http://localhost:8080", "mode", "graphql",
                "clients", "1", "seconds", "20", "warmup", "5", "page", "100", "segmentation", "rfm",
                "satisfaction", "nps", "loyalty", "behavioural", "label", ""));
        options.put("prime", "false");
        options.put("detail", "summary");
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--") || !options.containsKey(args[i].substring(2)) && !args[i].equals("--key")) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; options: " + options.keySet() + ", key");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        System.out.println(new LoadTest(options).run().line());
    }

    /** The measured figures of one run. */
    record Result(String label, String mode, String detail, int clients, int page, long requests, long errors,
                  double seconds, Percentiles latency) {
        String line() {
            return String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |",
                    label, mode, detail, clients, page, requests, errors, requests / seconds, latency.p50(),
                    latency.p95(), latency.p99(), latency.max());
        }
    }

    private Result run() throws Exception {
        List<String> cursors = cursors();
        if (Boolean.parseBoolean(options.get("prime"))) {
            // Every page once, so that a warm run measures a cache that holds every customer's results.
            cursors.forEach(this::send);
        }
        int clients = Integer.parseInt(options.get("clients"));
        long warmupNanos = Duration.ofSeconds(Long.parseLong(options.get("warmup"))).toNanos();
        long measureNanos = Duration.ofSeconds(Long.parseLong(options.get("seconds"))).toNanos();
        AtomicInteger nextPage = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmupNanos;
        long end = measureFrom + measureNanos;
        List<Recorder> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Recorder recorder = new Recorder();
            recorders.add(recorder);
            Thread thread = new Thread(() -> {
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= end) {
                        return;
                    }
                    String after = cursors.get(Math.floorMod(nextPage.getAndIncrement(), cursors.size()));
                    boolean ok = send(after);
                    long answered = System.nanoTime();
                    if (sent >= measureFrom && answered <= end) {
                        recorder.add(answered - sent);
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                }
            }, "client-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Percentiles latency = Percentiles.of(recorders.stream().map(Recorder::values).toList());
        return new Result(options.get("label"), options.get("mode"), options.get("detail"), clients,
                Integer.parseInt(options.get("page")),
                latency.count(), errors.get(), measureNanos / 1e9, latency);
    }

    /** @return the {@code after} cursor of every page, null for the first, by walking the JSON endpoint once */
    private List<String> cursors() throws IOException, InterruptedException {
        List<String> cursors = new ArrayList<>();
        String after = null;
        do {
            cursors.add(after);
            String body = get(restPath(after, false));
            Matcher cursor = END_CURSOR.matcher(body);
            after = HAS_NEXT.matcher(body).find() && cursor.find() ? cursor.group(1) : null;
        } while (after != null);
        return cursors;
    }

    private boolean send(String after) {
        try {
            if (options.get("mode").equals("rest")) {
                // A model that failed for a customer shows as {"message": ...} in the row instead of a result.
                return !get(restPath(after, true)).contains("\"message\"");
            }
            String body = post(graphQlBody(after));
            return !body.contains("\"errors\"");
        } catch (IOException | InterruptedException | IllegalStateException e) {
            return false;
        }
    }

    private String restPath(String after, boolean withModels) {
        StringBuilder path = new StringBuilder("/api/customers?first=").append(options.get("page"))
                .append("&detail=").append(options.get("detail"));
        if (after != null) {
            path.append("&after=").append(URLEncoder.encode(after, StandardCharsets.UTF_8));
        }
        if (withModels) {
            for (String family : List.of("segmentation", "satisfaction", "loyalty")) {
                if (!options.get(family).isEmpty()) {
                    path.append('&').append(family).append('=').append(options.get(family));
                }
            }
        }
        return path.toString();
    }

    /** The GraphQL twin of the JSON endpoint's page: the same fields, summaries or whole results. */
    private String graphQlBody(String after) {
        boolean full = options.get("detail").equals("full");
        String model = full ? "model { id version pluginId pluginVersion params }" : "model { id }";
        String details = " components { name value description }";
        String query = "query($first: Int!, $after: String) { customers(first: $first, after: $after) {"
                + " edges { node { id externalId region channel joinedOn orderSummary { count total }"
                + field("segment", "segmentation", model + " code label rank" + (full ? " reasons" + details : ""))
                + field("satisfaction", "satisfaction", model + " value band"
                + (full ? " min max unit" + details + " explanation" : ""))
                + field("loyalty", "loyalty", model + " value band" + (full ? " min max unit" + details + " explanation" : ""))
                + " } } pageInfo { endCursor hasNextPage } } }";
        String variables = "{\"first\": " + options.get("page") + ", \"after\": "
                + (after == null ? "null" : "\"" + after + "\"") + "}";
        return "{\"query\": \"" + query.replace("\"", "\\\"") + "\", \"variables\": " + variables + "}";
    }

    private String field(String name, String family, String selection) {
        String model = options.get(family);
        return model.isEmpty() ? "" : " " + name + "(model: \"" + model + "\") { " + selection + " }";
    }

    private String get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    private String post(String body) throws IOException, InterruptedException {
        return send(request("/graphql").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(options.get("url") + path))
                .timeout(Duration.ofSeconds(60));
        String key = options.get("key");
        return key == null || key.isEmpty() ? request : request.header("X-API-Key", key);
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** One client's latencies in nanoseconds, growing as needed. */
    private static final class Recorder {
        private long[] values = new long[4096];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        long[] values() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
