package io.customerlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Depth, complexity and body size are bounded before anything runs. */
class QueryLimitsTest extends IntegrationTest {

    @Test
    void refusesATooDeepQuery() {
        // 16 levels of selection, one more than the default limit of 15
        String deep = "{ __type(name: \"Customer\") { fields { type { ofType { ofType { ofType { ofType { ofType"
                + " { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } } } }";
        graphQl.document(deep).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("maximum query depth exceeded 16 > 15")));
    }

    @Test
    void refusesATooComplexQueryButServesAnOrdinaryPage() {
        // 100 customers x 3 histories x 100 entries x a few fields is far above 50,000
        String heavy = """
                { customers(first: 100) { edges { node {
                    orders(first: 100) { edges { node { id amount items discount channel orderedAt } } }
                    surveys(first: 100) { edges { node { id nps csat ces comment answeredAt } } }
                    interactions(first: 100) { edges { node { id kind outcome channel openedAt resolvedAt } } } } } } }""";
        graphQl.document(heavy).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("maximum query complexity exceeded")));

        graphQl.documentName("readmeFirstQuery").execute().path("customers.edges").entityList(Object.class).hasSize(0);
    }

    @Test
    void refusesAnOversizedBody() {
        String padding = "x".repeat(300 * 1024);
        HttpResponse<String> response = http.post("{\"query\":\"{ models { id } }\",\"padding\":\"" + padding + "\"}",
                TestKeys.key(Role.VIEWER));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("request body is larger than 262144 bytes");
    }

    @Test
    void aBodyWithoutALengthIsCountedToo() {
        String padding = "x".repeat(300 * 1024);
        HttpResponse<String> chunked = http.send(chunkedPost("{\"query\":\"{ models { id } }\",\"padding\":\""
                + padding + "\"}"));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("request body is larger than 262144 bytes");

        HttpResponse<String> small = http.send(chunkedPost("{\"query\":\"{ models { id } }\"}"));
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).contains("\"models\"");
    }

    /** A POST whose body comes from a stream, which the client sends chunked, without a Content-Length. */
    private HttpRequest.Builder chunkedPost(String body) {
        return HttpRequest.newBuilder(URI.create(http.url("/graphql")))
                .header("Content-Type", "application/json").header("X-API-Key", TestKeys.key(Role.VIEWER))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
    }
}
