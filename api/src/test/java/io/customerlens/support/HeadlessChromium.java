package io.customerlens.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;

/**
 * One page in headless Chromium (the Debian package {@code chromium}), driven over the DevTools protocol, with the
 * network cut off: only loopback addresses answer, so a page that needs anything from another host fails as it
 * would on a network without internet access. Every request the page makes is recorded, with its answer's status
 * or why it failed, and so are script errors.
 *
 * <p>Tests that need it call {@link #assumeInstalled()} first: where Chromium is missing they are skipped (the CI
 * entry point installs it where it can).
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final List<Path> EXECUTABLES = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
            .map(Path::of).toList();
    private static final Duration POLL = Duration.ofMillis(250);

    private final Process process;
    private final DevTools devTools;
    private final String session;
    private final Map<String, String> urls = new ConcurrentHashMap<>();
    private final Map<String, String> outcomes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    private HeadlessChromium(Process process, URI endpoint) {
        this.process = process;
        this.devTools = DevTools.connect(endpoint, this::event);
        String target = devTools.send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asString();
        this.session = devTools.send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asString();
        for (String domain : List.of("Page", "Runtime", "Network", "Log")) {
            devTools.send(session, domain + ".enable", Map.of());
        }
    }

    /** @return the Chromium executable, when installed */
    public static Optional<Path> executable() {
        return EXECUTABLES.stream().filter(Files::isExecutable).findFirst();
    }

    /** Skips the calling test where Chromium is not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(executable().isPresent(), "Chromium is not installed (Debian package chromium)");
    }

    /** Starts Chromium with a fresh profile in {@code dir} (its log goes there too) and opens a blank page. */
    public static HeadlessChromium start(Path dir) {
        try {
            Path profile = Files.createTempDirectory(dir, "chromium-profile");
            List<String> command = List.of(executable().orElseThrow().toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--hide-scrollbars", "--window-size=1280,900",
                    "--user-data-dir=" + profile, "--remote-debugging-port=0",
                    // The network cut-off: names other than localhost do not resolve, and everything not sent to a
                    // loopback address goes to a proxy on a closed port, so even an address given as digits fails.
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
                    "--proxy-server=http://127.0.0.1:" + closedPort(),
                    "--proxy-bypass-list=localhost;127.0.0.1;[::1]",
                    "about:blank");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("chromium.log").toFile()).start();
            try {
                return new HeadlessChromium(process, endpoint(profile.resolve("DevToolsActivePort"), process));
            } catch (IOException | RuntimeException e) {
                process.destroyForcibly();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends these headers with every request of the page, e.g. the API key a user would type into GraphiQL. */
    public void extraHeaders(Map<String, String> headers) {
        devTools.send(session, "Network.setExtraHTTPHeaders", Map.of("headers", headers));
    }

    /** Opens the URL in the page; does not wait for it to load (see {@link #waitFor}). */
    public void open(String url) {
        devTools.send(session, "Page.navigate", Map.of("url", url));
    }

    /**
     * @return the value of a script in the page: its last statement's (awaited when it is a promise); what it
     *         declares stays inside, so the same script may run again
     */
    public JsonNode evaluate(String script) {
        JsonNode answer = devTools.send(session, "Runtime.evaluate",
                Map.of("expression", "{\n" + script + "\n}", "returnByValue", true, "awaitPromise", true));
        if (answer.has("exceptionDetails")) {
            throw new IllegalStateException(script + " threw: " + answer.get("exceptionDetails"));
        }
        return answer.path("result").path("value");
    }

    /**
     * Evaluates the script every quarter of a second until it gives a non-empty string or {@code true}.
     *
     * @return that string
     * @throws AssertionError after the timeout, with the requests the page made and its script errors
     */
    public String waitFor(String what, String script, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode value = null;
        while (Instant.now().isBefore(deadline)) {
            value = evaluate(script);
            if (value.isString() && !value.asString().isEmpty() || value.isBoolean() && value.asBoolean()) {
                return value.asString();
            }
            sleep(POLL);
        }
        throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; last value: " + value
                + "\nrequests: " + requests() + "\nerrors: " + errors());
    }

    /** @return a PNG of the page as it is drawn now */
    public byte[] screenshot() {
        String png = devTools.send(session, "Page.captureScreenshot", Map.of("format", "png")).get("data").asString();
        return Base64.getDecoder().decode(png);
    }

    /**
     * @return every URL the page requested (inline {@code data:} URLs aside), in order, with its answer's HTTP status,
     *         the reason it failed, or "sent" when the answer went elsewhere (a worker's script is answered to the
     *         worker)
     */
    public Map<String, String> requests() {
        synchronized (outcomes) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        }
    }

    /**
     * Asserts that every request of the page went to a loopback address and was answered with 2xx or 3xx (a
     * worker's script may have been answered to the worker), and that the page logged no errors.
     */
    public void assertServedLocallyWithoutErrors() {
        assertThat(requests()).as("the page's requests").isNotEmpty().allSatisfy((url, outcome) -> {
            assertThat(URI.create(url).getHost()).as(url).isIn("localhost", "127.0.0.1");
            assertThat(outcome).as(url).matches(url.endsWith(".worker.js") ? "sent|200" : "[23]\\d\\d");
        });
        assertThat(errors()).as("the page's errors").isEmpty();
    }

    /** @return script errors and console errors of the page */
    public List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    @Override
    public void close() {
        try {
            devTools.send(null, "Browser.close", Map.of());
        } catch (RuntimeException e) {
            // already gone; the process is stopped below either way
        } finally {
            devTools.close();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private void event(JsonNode message) {
        JsonNode params = message.path("params");
        switch (message.path("method").asString()) {
            case "Network.requestWillBeSent" -> {
                if (params.has("redirectResponse")) {
                    outcomes.put(params.path("redirectResponse").path("url").asString(),
                            String.valueOf(params.path("redirectResponse").path("status").asInt()));
                }
                String url = params.path("request").path("url").asString();
                if (!url.startsWith("data:")) { // inline, e.g. the fonts in a style sheet
                    urls.put(params.path("requestId").asString(), url);
                    outcomes.put(url, "sent");
                }
            }
            case "Network.responseReceived" -> {
                if (urls.containsKey(params.path("requestId").asString())) {
                    outcomes.put(params.path("response").path("url").asString(),
                            String.valueOf(params.path("response").path("status").asInt()));
                }
            }
            case "Network.loadingFailed" -> {
                if (urls.containsKey(params.path("requestId").asString())) {
                    outcomes.put(urls.get(params.path("requestId").asString()),
                            "failed: " + params.path("errorText").asString());
                }
            }
            case "Runtime.exceptionThrown" -> errors.add(params.path("exceptionDetails").toString());
            case "Runtime.consoleAPICalled" -> {
                if (params.path("type").asString().equals("error")) {
                    errors.add("console: " + params.path("args"));
                }
            }
            case "Log.entryAdded" -> {
                if (params.path("entry").path("level").asString().equals("error")) {
                    errors.add(params.path("entry").path("text").asString() + " " + params.path("entry").path("url").asString());
                }
            }
            default -> { }
        }
    }

    /** @return the browser's DevTools endpoint, which Chromium writes into the profile once it listens */
    private static URI endpoint(Path activePort, Process process) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            if (Files.exists(activePort)) {
                List<String> lines = Files.readAllLines(activePort);
                if (lines.size() >= 2) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
                }
            }
            sleep(POLL);
        }
        throw new IllegalStateException("Chromium did not open its DevTools port (see chromium.log)");
    }

    /** @return a local port nothing listens on */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
