package io.customerlens.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The server in a JVM of its own, started from the module's classes and dependencies (not the test classes), so that
 * a test can kill it as a crash would ({@link #kill}: SIGKILL, nothing runs in the server on the way out); or started
 * by a command line of its own, such as the README's {@code java -jar} ({@link #run}).
 */
public final class ForkedServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final Path log;

    private ForkedServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the server with these arguments and waits until it is ready ({@code /actuator/health/readiness} 200). */
    public static ForkedServer start(Path logDir, String... arguments) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
                serverClassPath(), "io.customerlens.CustomerLensApplication", "--server.port=" + port));
        command.addAll(Arrays.asList(arguments));
        return launch(new ProcessBuilder(command), port, logDir, Duration.ofSeconds(120));
    }

    /**
     * Runs a command that starts the server listening on {@code port} — e.g. {@code java -jar customer-lens.jar ...},
     * as a user would type it — in {@code workDir}, logging there, and waits until it is ready.
     */
    public static ForkedServer run(Path workDir, int port, List<String> command) {
        return launch(new ProcessBuilder(command).directory(workDir.toFile()), port, workDir, Duration.ofMinutes(3));
    }

    /** @return the java launcher of the JVM running the tests */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static ForkedServer launch(ProcessBuilder command, int port, Path logDir, Duration limit) {
        try {
            Files.createDirectories(logDir);
            Path log = Files.createTempFile(logDir, "server-", ".log");
            Process process = command.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ForkedServer server = new ForkedServer(process, port, log);
            server.awaitHealthy(limit);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /**
     * Posts a GraphQL query without an API key (start the server with {@code --customerlens.security.anonymous-role})
     * and returns its JSON answer.
     */
    public JsonNode graphQl(String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/graphql")))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)))).build();
        try {
            return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills the process with SIGKILL and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** Asks the process to stop (SIGTERM: a clean shutdown) and waits until it is gone. */
    public void stop() {
        process.destroy();
        waitFor();
    }

    /** Stops the server cleanly, as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitHealthy(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting:\n" + log());
            }
            try {
                HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        kill();
        throw new IllegalStateException("the server did not become healthy within " + limit + ":\n" + log());
    }

    /** The classpath surefire gives the tests, without the test classes. */
    private static String serverClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
