package io.customerlens.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
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

    /** An answer read off the socket: the status, the headers by lower-case name, the body (chunks joined). */
    public record RawAnswer(int status, Map<String, String> headers, String body) {
    }

    /**
     * Sends bytes as they are, for requests an HTTP client refuses to make (a negative Content-Length, a URL or header
     * over the server's limits): {@code head} is the request line and headers without the blank line, sent with
     * {@code Connection: close}, then the body.
     */
    public RawAnswer raw(String head, byte[] body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before reading everything: read what it said
            }
            byte[] answer = socket.getInputStream().readAllBytes();
            return parse(new String(answer, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RawAnswer parse(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        String[] lines = answer.substring(0, end < 0 ? answer.length() : end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new java.util.TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = end < 0 ? "" : answer.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            StringBuilder joined = new StringBuilder();
            int at = 0;
            while (at < body.length()) {
                int lineEnd = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                joined.append(body, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
            body = joined.toString();
        }
        return new RawAnswer(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder withKey(HttpRequest.Builder request, String key) {
        return key == null ? request : request.header("X-API-Key", key);
    }
}
