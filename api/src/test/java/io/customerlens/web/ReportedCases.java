package io.customerlens.web;

import io.customerlens.security.Role;
import io.customerlens.support.RawHttp;
import io.customerlens.support.TestKeys;
import io.customerlens.web.MalformedRequests.BadRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.databind.ObjectMapper;

/**
 * Hand-written hostile requests, each a kind an abuse run once found answered badly (a 5xx, an HTML page, an empty
 * body, Java internals, seconds of work, a date silently changed): GraphQL bodies, and requests at the HTTP level
 * sent as raw bytes where a client would refuse to make them.
 */
final class ReportedCases {

    static final String GRAPHQL = "reported GraphQL cases";
    static final String HTTP = "reported HTTP-level cases";
    static final String AMPLIFICATION = "amplification (cost model)";

    /** A request sent as it is, the status it must get (0: any below 500), and what came back. */
    record RawCase(String category, String label, int status, Supplier<Answer> send) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** An answer: its status, content type (empty when none) and body. */
    record Answer(int status, String contentType, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportedCases() {
    }

    static List<BadRequest> graphQl(String customerId) {
        List<BadRequest> cases = new ArrayList<>();
        String list = "query($filter: CustomerFilter) { customers(filter: $filter) { edges { node { id } } } }";
        for (Object filter : List.of(Map.of("text", "\u0000"), Map.of("text", "a\u0007b"),
                Map.of("joinedFrom", "+999999999-12-31"), Map.of("joinedTo", "-000001-01-01"),
                Map.of("joinedFrom", "2025-02-31"), Map.of("joinedFrom", "2025-13-01"), Map.of("joinedFrom", "1899-12-31"),
                Map.of("segment", Map.of("model", "rfm", "params", List.of(1), "in", List.of("lost"))),
                Map.of("segment", Map.of("model", "rfm", "params", "bins", "in", List.of("lost"))),
                Map.of("segment", Map.of("model", "nps", "in", List.of("lost"))))) {
            cases.add(request(GRAPHQL, "customers filter " + filter, list, Map.of("filter", filter), false));
        }
        String segment = "query($id: ID!, $params: JSON) { customer(id: $id) { segment(model: \"rfm\", params: $params) { code } } }";
        for (Object params : List.of(List.of(1, 2), "bins", 5, true)) {
            cases.add(request(GRAPHQL, "segment params " + params, segment, variables("id", customerId, "params", params), false));
        }
        String create = "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }";
        for (Map.Entry<String, Object> field : List.of(Map.entry("joinedOn", (Object) "2025-02-30"),
                Map.entry("joinedOn", (Object) "0000-01-01"), Map.entry("joinedOn", (Object) "+999999999-12-31"),
                Map.entry("email", (Object) ("a@" + ".".repeat(60_000) + "@")), Map.entry("email", (Object) ("a".repeat(300) + "@b.cd")),
                Map.entry("name", (Object) "n".repeat(100_000)))) {
            Map<String, Object> input = new LinkedHashMap<>(Map.of("externalId", "HOSTILE-1", "name", "Hostile"));
            input.put(field.getKey(), field.getValue());
            cases.add(request(GRAPHQL, "createCustomer " + field.getKey() + " = " + abbreviate(field.getValue()), create,
                    Map.of("input", input), true));
        }
        String order = "mutation($input: RecordOrderInput!) { recordOrder(input: $input) { id } }";
        for (String at : List.of("0000-01-01T00:00:00Z", "2025-02-30T10:00:00Z", "2025-06-31T10:00:00Z", "+999999999-01-01T00:00:00Z")) {
            cases.add(request(GRAPHQL, "recordOrder orderedAt " + at, order,
                    Map.of("input", Map.of("customerId", customerId, "orderedAt", at, "amount", 10)), true));
        }
        cases.add(request(GRAPHQL, "models(family: FOO)", "{ models(family: FOO) { id } }", Map.of(), false));
        cases.add(request(GRAPHQL, "createApiKey role ROOT", "mutation { createApiKey(input: {name: \"x\", role: ROOT}) { key } }",
                Map.of(), true));
        cases.add(body(GRAPHQL, "operationName of 100,000 characters",
                Map.of("query", "query q { me { name } }", "operationName", "x".repeat(100_000))));
        cases.add(request(GRAPHQL, "field name of 50,000 characters", "{ customers { edges { node { " + "f".repeat(50_000)
                + " } } } }", Map.of(), false));
        cases.add(request(GRAPHQL, "variable name of 50,000 characters", "query($" + "v".repeat(50_000) + ": Int) { me { name } }",
                Map.of(), false));
        cases.add(request(GRAPHQL, "'EnumValue{' 30,000 times", "{ models(family: " + "EnumValue{".repeat(30_000) + ") { id } }",
                Map.of(), false));

        String fits = IntStream.range(0, 150).mapToObj(i -> "f" + i + ": loyalty(model: \"buyer-count\", params: {offset: " + i
                + "}) { value }").collect(Collectors.joining(" "));
        cases.add(request(AMPLIFICATION, "150 aliases of a fitted model, each with its own parameters",
                "query($id: ID!) { customer(id: $id) { " + fits + " } }", Map.of("id", customerId), false));
        String choices = IntStream.range(0, 40).mapToObj(i -> "s" + i + ": segment(model: \"rfm\", params: {weightR: " + i / 4.0
                + "}) { code }").collect(Collectors.joining(" "));
        cases.add(request(AMPLIFICATION, "40 parameter sets of rfm on a page of 100",
                "{ customers(first: 100) { edges { node { " + choices + " } } } }", Map.of(), false));
        return cases;
    }

    static List<RawCase> http(RawHttp http) {
        String admin = TestKeys.key(Role.ADMIN);
        String editor = TestKeys.key(Role.EDITOR);
        byte[] query = "{\"query\": \"{ me { name } }\"}".getBytes(StandardCharsets.UTF_8);
        List<RawCase> cases = new ArrayList<>();
        for (String method : List.of("PUT", "DELETE", "PATCH", "GET", "OPTIONS", "TRACE")) {
            cases.add(raw(http, method + " /graphql", 405, method + " /graphql HTTP/1.1\r\nX-API-Key: " + admin
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + query.length, query));
        }
        cases.add(raw(http, "JSON without its content type", 415, "POST /graphql HTTP/1.1\r\nX-API-Key: " + admin
                + "\r\nContent-Type: text/plain\r\nContent-Length: " + query.length, query));
        cases.add(raw(http, "no content type at all", "POST /graphql HTTP/1.1\r\nX-API-Key: " + admin
                + "\r\nContent-Length: " + query.length, query));
        cases.add(raw(http, "GET /error", 404, "GET /error HTTP/1.1\r\nX-API-Key: " + admin, new byte[0]));
        cases.add(raw(http, "an encoded slash: /graphql%2F", 400, "POST /graphql%2F HTTP/1.1\r\nX-API-Key: " + admin
                + "\r\nContent-Type: application/json\r\nContent-Length: " + query.length, query));
        cases.add(raw(http, "a 100 KB header", 431, "POST /graphql HTTP/1.1\r\nX-Padding: " + "x".repeat(100_000)
                + "\r\nContent-Type: application/json\r\nContent-Length: " + query.length, query));
        cases.add(raw(http, "a 16 KB URL", 414, "POST /graphql?" + "q".repeat(16_384) + " HTTP/1.1\r\nX-API-Key: " + admin
                + "\r\nContent-Type: application/json\r\nContent-Length: " + query.length, query));
        cases.add(raw(http, "Content-Length: -1", 400, "POST /graphql HTTP/1.1\r\nX-API-Key: " + admin
                + "\r\nContent-Type: application/json\r\nContent-Length: -1", query));
        cases.add(raw(http, "Content-Length: abc", 400, "POST /graphql HTTP/1.1\r\nX-API-Key: " + admin
                + "\r\nContent-Type: application/json\r\nContent-Length: abc", query));
        byte[] megabyte = ("{\"query\": \"{ me { name } }\", \"padding\": \"" + "x".repeat(1 << 20) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        cases.add(raw(http, "1 MB body with a length", 413, "POST /graphql HTTP/1.1\r\nX-API-Key: " + admin
                + "\r\nContent-Type: application/json\r\nContent-Length: " + megabyte.length, megabyte));
        cases.add(raw(http, "1 MB body chunked", 413, "POST /graphql HTTP/1.1\r\nX-API-Key: " + admin
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", chunked(megabyte)));
        cases.add(raw(http, "bytes that are not UTF-8", "POST /graphql HTTP/1.1\r\nX-API-Key: " + admin
                + "\r\nContent-Type: application/json\r\nContent-Length: 6", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        for (String key : List.of("wrong-key", "", "x".repeat(5_000), "Bearer", "' OR 1=1 --")) {
            cases.add(raw(http, "API key '" + abbreviate(key) + "'", 401, "POST /graphql HTTP/1.1\r\nX-API-Key: " + key
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + query.length, query));
        }
        for (Map.Entry<String, String> upload : List.of(Map.entry("filename=\"/\"", "id,name\r\n"),
                Map.entry("filename=\"a\u0000b.csv\"", "externalId,name\r\nUP-1,Upload\r\n"),
                Map.entry("filename=\"../../etc/passwd\"", "x"), Map.entry("name=\"other\"; filename=\"a.csv\"", "x"))) {
            byte[] body = ("--x\r\nContent-Disposition: form-data; name=\"file\"; " + upload.getKey()
                    + "\r\nContent-Type: text/csv\r\n\r\n" + upload.getValue() + "\r\n--x--\r\n").getBytes(StandardCharsets.UTF_8);
            if (upload.getKey().startsWith("name=\"other\"")) {
                body = new String(body, StandardCharsets.UTF_8).replace("name=\"file\"; ", "").getBytes(StandardCharsets.UTF_8);
            }
            cases.add(raw(http, "upload part " + abbreviate(upload.getKey()), 400, "POST /import/customers HTTP/1.1\r\nX-API-Key: "
                    + editor + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + body.length, body));
        }
        byte[] garbage = "--x\r\ngarbage".getBytes(StandardCharsets.UTF_8);
        cases.add(raw(http, "multipart body --x garbage", 400, "POST /import/customers HTTP/1.1\r\nX-API-Key: " + editor
                + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + garbage.length, garbage));
        cases.add(raw(http, "multipart without a boundary", 400, "POST /import/customers HTTP/1.1\r\nX-API-Key: " + editor
                + "\r\nContent-Type: multipart/form-data\r\nContent-Length: " + garbage.length, garbage));
        return cases;
    }

    private static byte[] chunked(byte[] body) {
        StringBuilder chunks = new StringBuilder();
        String text = new String(body, StandardCharsets.UTF_8);
        for (int at = 0; at < text.length(); at += 8192) {
            String chunk = text.substring(at, Math.min(text.length(), at + 8192));
            chunks.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        return chunks.append("0\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static RawCase raw(RawHttp http, String label, String head, byte[] body) {
        return raw(http, label, 0, head, body);
    }

    private static RawCase raw(RawHttp http, String label, int status, String head, byte[] body) {
        return new RawCase(HTTP, label, status, () -> {
            RawHttp.RawAnswer answer = http.raw(head, body);
            return new Answer(answer.status(), answer.headers().getOrDefault("content-type", ""), answer.body());
        });
    }

    private static Map<String, Object> variables(Object... pairs) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put((String) pairs[i], pairs[i + 1]);
        }
        return variables;
    }

    private static BadRequest request(String category, String label, String query, Map<String, Object> variables,
                                      boolean mutation) {
        return new BadRequest(category, label, JSON.writeValueAsString(Map.of("query", query, "variables", variables)), mutation);
    }

    private static BadRequest body(String category, String label, Map<String, Object> body) {
        return new BadRequest(category, label, JSON.writeValueAsString(body), false);
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }
}
