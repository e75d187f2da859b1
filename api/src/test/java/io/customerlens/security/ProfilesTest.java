package io.customerlens.security;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.Introspection;
import io.customerlens.support.RawHttp;
import io.customerlens.support.TestKeys;
import io.customerlens.support.TestPlugins;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
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
        private int port;

        RawHttp http() {
            return new RawHttp(port);
        }

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
        void letsAnyoneInAsAdminWithoutAKey() {
            HttpResponse<String> me = http().postQuery("{ me { name role } }", null);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"name\":\"anonymous\"").contains("\"role\":\"ADMIN\"");
            assertThat(http().get("/graphiql").statusCode()).isEqualTo(200);
            // A wrong key is still refused: anonymous access is for requests without one.
            assertThat(http().postQuery("{ me { name } }", "wrong").statusCode()).isEqualTo(401);
        }
    }

    @Nested
    @ActiveProfiles("production")
    class Production extends Server {

        /** Spring Boot turns introspection off JVM-wide (graphql-java's switch); the next server here needs it on. */
        @AfterAll
        static void introspectionBackOn() {
            Introspection.enabledJvmWide(true);
        }

        @Test
        void hidesGraphiQlAndTheSchema() {
            assertThat(http().get("/graphiql").statusCode()).isEqualTo(404);
            HttpResponse<String> introspection = http().postQuery(INTROSPECTION, TestKeys.key(Role.ADMIN));
            assertThat(introspection.body()).doesNotContain("\"queryType\"").contains("Introspection has been disabled");
            assertThat(http().postQuery("{ me { role } }", TestKeys.key(Role.VIEWER)).body()).contains("\"role\":\"VIEWER\"");
            assertThat(http().postQuery("{ me { role } }", null).statusCode()).isEqualTo(401);
        }
    }

    @Nested
    class Default extends Server {

        @Test
        void servesGraphiQlAndIntrospectionButNoAnonymousCalls() {
            assertThat(http().get("/graphiql").statusCode()).isEqualTo(200);
            assertThat(http().postQuery(INTROSPECTION, TestKeys.key(Role.VIEWER)).body()).contains("\"queryType\":{\"name\":\"Query\"}");
            assertThat(http().postQuery(INTROSPECTION, null).statusCode()).isEqualTo(401);
        }
    }
}
