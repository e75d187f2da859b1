package io.customerlens.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.ImportSupport;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.ObjectMapper;

/**
 * With one import allowed queued or running, an upload while the CDNOW sample (6,919 rows, a few seconds) imports is
 * refused at once with 429 and Retry-After, and its upload is not kept.
 */
class ImportQueueTest extends IntegrationTest {

    private static final Path CDNOW = Path.of(System.getProperty("customerlens.test.data-dir", ".."),
            "datasets/cdnow/CDNOW_sample.txt");

    @TempDir
    static Path uploads;

    @DynamicPropertySource
    static void oneImportAtATime(DynamicPropertyRegistry registry) {
        registry.add("customerlens.import.max-waiting", () -> "1");
        registry.add("customerlens.import.upload-dir", () -> uploads.toString());
    }

    @Autowired
    private ImportJobs jobs;

    @Test
    void anUploadBeyondTheQueueIsRefusedWithRetryAfterAndNotKept() throws Exception {
        HttpResponse<String> first = ImportSupport.upload(http, TestKeys.key(Role.EDITOR), "cdnow", "CDNOW_sample.txt",
                Files.readString(CDNOW));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);

        HttpResponse<String> second = ImportSupport.upload(http, TestKeys.key(Role.EDITOR), "customers", "more.csv",
                "externalId,name\nQ-1,Queued\n");

        assertThat(second.statusCode()).as(second.body()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(second.body()).contains("\"classification\":\"TOO_MANY_REQUESTS\"")
                .contains("1 imports are already queued or running (customerlens.import.max-waiting)");
        try (Stream<Path> kept = Files.list(uploads)) {
            assertThat(kept.filter(file -> read(file).contains("Q-1,Queued"))).as("the refused upload").isEmpty();
        }
        ImportSupport.awaitEnd(graphQl, (String) new ObjectMapper().readValue(first.body(), Map.class).get("id"));
        assertThat(jobs.hasRoom()).as("room again once the import ended").isTrue();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return ""; // the running import's upload, removed as it ended
        }
    }
}
