package io.customerlens.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Uploads files to {@code POST /import/{kind}} and waits for the job, as a client would. */
public final class ImportSupport {

    public static final String JOB = """
            query($id: ID!) { importJob(id: $id) { id state kind format source read inserted updated unchanged rejected
              customersCreated bytesRead totalBytes ratePerSecond etaSeconds error requestedBy
              rejections(first: 100) { edges { node { line reason } } } } }""";

    private ImportSupport() {
    }

    public static HttpResponse<String> upload(RawHttp http, String key, String kind, String fileName, String content) {
        String boundary = "----import" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url("/import/" + kind)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return http.send(request);
    }

    /** Waits (up to 60 s) until the job has ended, and returns it. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> awaitEnd(GraphQlTester graphQl, String id) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            Map<String, Object> job = graphQl.document(JOB).variable("id", id).execute()
                    .path("importJob").entity(Map.class).get();
            String state = (String) job.get("state");
            if (!"QUEUED".equals(state) && !"RUNNING".equals(state)) {
                return job;
            }
            assertThat(System.currentTimeMillis()).as("import " + id + " still " + state).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
