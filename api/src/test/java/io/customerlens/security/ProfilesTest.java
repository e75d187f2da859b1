package io.customerlens.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.support.TestKeys;
import io.customerlens.support.TestPlugins;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What the demo and production profiles switch: anonymous access, GraphiQL and introspection. */
class ProfilesTest {

    private static final String INTROSPECTION = "{ __schema { queryType { name } } }";

    /** The whole server on a random port with the test plugins and one key per role. */
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"customerlens.store.embedded.file=", "customerlens.sample-data.enabled=false"})
    abstract static class Server {

        @LocalServerPort
        int port;

        @DynamicPropertySource
        static void properties(DynamicPropertyRegistry registry) {
            registry.add("customerlens.plugins.dir", () -> TestPlugins.folder().toString());
            TestKeys.configure(registry);
        }
    }

    @Nested
    @ActiveProfiles("demo")
    class Demo extends Server {

        @Test
        void letsAnyoneInAsAdminWithoutAKey() throws Exception {
            HttpResponse<String> me = post(port, null, "{ me { name role } }");
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"name\":\"anonymous\"").contains("\"role\":\"ADMIN\"");
            assertThat(get(port, "/graphiql").statusCode()).isEqualTo(200);
            // A wrong key is still refused: anonymous access is for requests without one.
            assertThat(post(port, "wrong", "{ me { name } }").statusCode()).isEqualTo(401);
        }
    }

    @Nested
    @ActiveProfiles("production")
    class Production extends Server {

        @Test
        void hidesGraphiQlAndTheSchema() throws Exception {
            assertThat(get(port, "/graphiql").statusCode()).isEqualTo(404);
            HttpResponse<String> introspection = post(port, TestKeys.key(Role.ADMIN), INTROSPECTION);
            assertThat(introspection.body()).doesNotContain("\"queryType\"").contains("Introspection has been disabled");
            assertThat(post(port, TestKeys.key(Role.VIEWER), "{ me { role } }").body()).contains("\"role\":\"VIEWER\"");
            assertThat(post(port, null, "{ me { role } }").statusCode()).isEqualTo(401);
        }
    }

    @Nested
    class Default extends Server {

        @Test
        void servesGraphiQlAndIntrospectionButNoAnonymousCalls() throws Exception {
            assertThat(get(port, "/graphiql").statusCode()).isEqualTo(200);
            assertThat(post(port, TestKeys.key(Role.VIEWER), INTROSPECTION).body()).contains("\"queryType\":{\"name\":\"Query\"}");
            assertThat(post(port, null, INTROSPECTION).statusCode()).isEqualTo(401);
        }
    }

    static HttpResponse<String> post(int port, String key, String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query.replace("\"", "\\\"") + "\"}"));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
