package io.customerlens.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;

/**
 * Plain HTTP against the test server, for what a GraphQL tester hides: status codes, raw bodies, headers, pages.
 * Redirects are followed.
 */
public final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    public RawHttp(int port) {
        this.port = port;
    }

    /** @return the URL of a path on the test server */
    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public HttpResponse<String> get(String path) {
        return get(path, null);
    }

    /** GET, with the API key when one is given. */
    public HttpResponse<String> get(String path, String key) {
        return send(withKey(HttpRequest.newBuilder(URI.create(url(path))), key));
    }

    /** POSTs {@code {"query": query}} to /graphql, with the API key when one is given. */
    public HttpResponse<String> postQuery(String query, String key) {
        return post(queryBody(query), key);
    }

    /** @return the JSON body {@code {"query": query}} */
    public static String queryBody(String query) {
        return JSON.writeValueAsString(Map.of("query", query));
    }

    /** POSTs a raw JSON body to /graphql, with the API key when one is given. */
    public HttpResponse<String> post(String body, String key) {
        return send(withKey(graphQl(body), key));
    }

    /** @return a POST of the body to /graphql with the JSON content type, for callers who add their own headers */
    public HttpRequest.Builder graphQl(String body) {
        return HttpRequest.newBuilder(URI.create(url("/graphql")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder withKey(HttpRequest.Builder request, String key) {
        return key == null ? request : request.header("X-API-Key", key);
    }
}
