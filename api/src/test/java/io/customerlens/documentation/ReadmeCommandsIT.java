package io.customerlens.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.customerlens.support.ForkedServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every command block of the README, run as a reader would against the server this build laid out in
 * {@code target/customer-lens} (an integration test: it runs after the package phase). The server runs in a
 * temporary working directory, on a free port instead of 8080, and against an in-process MongoDB-compatible server
 * where the README starts MongoDB in Docker; otherwise the commands are the README's own.
 */
class ReadmeCommandsIT {

    private static final Path ROOT = Path.of(System.getProperty("customerlens.test.root", "..")).toAbsolutePath().normalize();
    private static final String JAR = "target/customer-lens/customer-lens.jar";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> commands;
    private static String run;
    private static String test;
    private static String otherPort;
    private static String mongoDb;
    private static List<String> curls;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheReadme() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        commands = blocks(readme, "bash");
        run = only(block -> block.startsWith("./mvnw -B -DskipTests package && java -jar "));
        test = only(block -> block.equals("./mvnw -B verify"));
        otherPort = only(block -> block.startsWith("java -jar ") && block.contains("--server.port="));
        mongoDb = only(block -> block.startsWith("docker run "));
        curls = commands.stream().filter(block -> block.startsWith("curl ")).toList();
    }

    @Test
    void everyCommandBlockIsOneOfThoseRunHere() {
        assertThat(curls).isNotEmpty();
        assertThat(commands).as("a new kind of command block needs a check here").hasSize(4 + curls.size());
    }

    @Test
    void theTestCommandIsTheOneCiRuns() throws IOException {
        List<String> ci = Files.readAllLines(ROOT.resolve(".ci/run")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(ci.get(ci.size() - 1)).isEqualTo(test);
    }

    @Test
    void theQueryGraphiQlOpensWithIsTheReadmesFirstQuery() throws IOException {
        String page = Files.readString(ROOT.resolve("api/src/main/resources/graphiql/index.html"));
        Matcher firstTab = Pattern.compile("(?s)<script id=\"first-query\" type=\"text/plain\">(.*?)</script>").matcher(page);
        assertThat(firstTab.find()).isTrue();
        String query = firstTab.group(1).lines().filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        assertThat(blocks(Files.readString(ROOT.resolve("README.md")), "graphql")).containsExactly(query.strip());
    }

    @Test
    void theDemoStartsAsTheReadmeSaysAndAnswersItsQueries() throws Exception {
        String demo = run.substring(run.indexOf("&& ") + 3);
        assertThat(otherPort).startsWith(demo + " --server.port=");
        int port = freePort();

        try (ForkedServer server = start(otherPort.replaceAll("--server.port=\\d+", "--server.port=" + port), port)) {
            assertThat(server.log()).contains("Loaded sample data").contains(": 3000 customers");
            assertThat(dir.resolve("data/customer-lens.mv")).exists();
            assertThat(dir.resolve("data/key-secret")).exists();
            for (String curl : curls) {
                JsonNode answer = runCurl(curl, port);
                assertThat(answer.has("errors")).as(curl + " answered " + answer).isFalse();
                assertThat(answer.path("data").isEmpty()).as(curl + " answered " + answer).isFalse();
            }
            assertThat(runCurl(curls.get(0), port).at("/data/customers/edges")).hasSize(5);
        }
    }

    @Test
    void theMongoDbCommandUsesTheDatabaseItsUriNames() throws Exception {
        List<String> lines = mongoDb.lines().toList();
        assertThat(lines.get(0)).matches("docker run -d --name [\\w-]+ -p 27017:27017 mongo:[\\d.]+");
        String java = mongoDb.substring(mongoDb.indexOf('\n') + 1);
        assertThat(java).contains("--spring.mongodb.uri=mongodb://localhost:27017/customerlens");
        int port = freePort();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        try (ForkedServer server = start(java.replace("localhost:27017", "localhost:" + address.getPort())
                + " --server.port=" + port, port);
             MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort())) {
            assertThat(server.log()).doesNotContain("started MongoServer"); // no embedded store of its own
            assertThat(runCurl(curls.get(0), port).at("/data/customers/edges")).hasSize(5);
            assertThat(client.getDatabase("customerlens").getCollection("customers").countDocuments()).isEqualTo(3000);
        } finally {
            mongo.shutdownNow();
        }
    }

    /**
     * Starts the server with a {@code java -jar} command of the README, in a temporary working directory (where its
     * {@code data/} folder goes); the jar is the one this build laid out, and {@code java} the tests' own.
     */
    private ForkedServer start(String command, int port) {
        List<String> words = Stream.of(command.replace("\\\n", " ").trim().split("\\s+"))
                .map(word -> word.equals("java") ? ForkedServer.java() : word.equals(JAR) ? ROOT.resolve(JAR).toString() : word)
                .toList();
        assertThat(words.subList(0, 3)).containsExactly(ForkedServer.java(), "-jar", ROOT.resolve(JAR).toString());
        return ForkedServer.run(dir, port, words);
    }

    /** Runs a curl command of the README with bash, against this port instead of 8080. */
    private JsonNode runCurl(String curl, int port) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && onPath("curl"), "bash and curl are needed");
        Process process = new ProcessBuilder("/bin/bash", "-c", curl.replace("localhost:8080", "localhost:" + port))
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return JSON.readTree(out);
    }

    /** @return the contents of the README's fenced blocks in this language, continuation lines kept */
    private static List<String> blocks(String markdown, String language) {
        return Pattern.compile("(?ms)^```" + language + "\\n(.*?)^```").matcher(markdown).results()
                .map(match -> match.group(1).strip()).toList();
    }

    private static String only(Predicate<String> kind) {
        List<String> matching = commands.stream().filter(kind).toList();
        assertThat(matching).as("README command blocks of one kind").hasSize(1);
        return matching.get(0);
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
