package io.customerlens.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.ObjectMapper;

/**
 * Generates malformed GraphQL requests from a seeded random source, so a failure names a request that can be
 * replayed: bad ids, wrong types, unknown models, bad parameters, page sizes, broken syntax and nesting, inputs that
 * break the business rules, and bodies that are not GraphQL requests at all. Every request is invalid by
 * construction: the server must refuse it with a classified error and store nothing.
 */
final class MalformedRequests {

    /** One request: the kind of bad input, what it tries, the raw JSON body, and whether it asks for a change. */
    record BadRequest(String category, String label, String body, boolean mutation) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AT = "2025-01-01T10:00:00Z";
    private static final String VALID_LIST = "{ customers(first: 5) { edges { node { id name segment(model: \"rfm\") { code } } } } }";

    private final Random random;
    private final String customerId;
    private final List<BadRequest> requests = new ArrayList<>();
    private String category;

    MalformedRequests(long seed, String customerId) {
        this.random = new Random(seed);
        this.customerId = customerId;
    }

    List<BadRequest> generate() {
        repeat(80, "bad ids", this::badId);
        repeat(80, "wrong types", this::wrongType);
        repeat(50, "unknown models", this::unknownModel);
        repeat(60, "bad rfm parameters", this::badParameters);
        repeat(50, "bad pages and cursors", this::badPage);
        repeat(60, "broken documents", this::brokenDocument);
        repeat(80, "inputs breaking business rules", this::ruleBreakingInput);
        repeat(40, "bodies that are not GraphQL requests", this::notAGraphQlBody);
        return List.copyOf(requests);
    }

    private void repeat(int times, String category, Runnable generator) {
        this.category = category;
        for (int i = 0; i < times; i++) {
            generator.run();
        }
    }

    private void badId() {
        Object id = pick(randomText(1 + random.nextInt(30)), hex(24), "x".repeat(5_000), "", " ", "顧客-1",
                Map.of("$gt", ""), List.of(customerId), "../" + customerId, customerId + "'; drop");
        String mutation = pick(
                "mutation($id: ID!) { updateCustomer(id: $id, input: {name: \"X\"}) { id } }",
                "mutation($id: ID!) { deleteCustomer(id: $id) { deletedId } }",
                "mutation($id: ID!) { recordOrder(input: {customerId: $id, orderedAt: \"" + AT + "\", amount: 1}) { id } }",
                "mutation($id: ID!) { recordSurvey(input: {customerId: $id, answeredAt: \"" + AT + "\", nps: 5}) { id } }",
                "mutation($id: ID!) { recordInteraction(input: {customerId: $id, openedAt: \"" + AT + "\", kind: INQUIRY}) { id } }",
                "mutation($id: ID!) { recordEngagement(input: {customerId: $id, referrals: 1}) { id } }");
        add("bad id " + abbreviate(id) + " in " + operation(mutation), mutation, Map.of("id", id), true);
    }

    private void wrongType() {
        if (random.nextBoolean()) {
            Map<String, Object> input = new HashMap<>(Map.of("externalId", "W-" + random.nextInt(1000), "name", "W"));
            String field = pick("externalId", "name", "joinedOn", "tags", "membership", "engagement", "email");
            input.put(field, pick(42, true, 3.5, List.of(1, 2), Map.of("a", 1), "2024-02-30", "yesterday"));
            if (field.equals("name") || field.equals("externalId") || field.equals("email")) {
                input.put(field, pick(42, true, 3.5, List.of(1, 2), Map.of("a", 1)));
            }
            if (field.equals("tags")) { // a lone string would be a valid one-element list
                input.put(field, pick(42, true, List.of(1, 2), Map.of("a", 1), List.of(List.of("a"))));
            }
            if (field.equals("engagement")) {
                input.put(field, Map.of("referrals", pick("many", 1.5, List.of(1))));
            }
            if (field.equals("membership")) {
                input.put(field, pick("gold", Map.of("points", "lots"), 7));
            }
            add("createCustomer with " + field + " = " + abbreviate(input.get(field)),
                    "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }", Map.of("input", input), true);
        } else {
            Map<String, Object> input = new HashMap<>(Map.of("customerId", customerId, "orderedAt", AT, "amount", 10));
            String field = pick("amount", "orderedAt", "items", "discount");
            input.put(field, switch (field) {
                case "amount", "discount" -> pick("ten", Map.of(), List.of(), true);
                case "orderedAt" -> pick(12345, "2025-13-01T00:00:00Z", "01/02/2025", "now", true);
                default -> pick(1.5, "two", List.of(1), 3_000_000_000L);
            });
            add("recordOrder with " + field + " = " + abbreviate(input.get(field)),
                    "mutation($input: RecordOrderInput!) { recordOrder(input: $input) { id } }", Map.of("input", input), true);
        }
    }

    private void unknownModel() {
        String field = pick("segment", "satisfaction", "loyalty");
        String model = switch (random.nextInt(3)) {
            case 0 -> randomText(1 + random.nextInt(20));
            case 1 -> field.equals("segment") ? pick("nps", "bgnbd", "csat") : pick("rfm", "value-tier", "lifecycle");
            default -> pick("RFM", "rfm ", " nps", "", "../rfm", "rfm@2");
        };
        String kind = field.equals("segment") ? "code" : "value";
        add("unknown " + field + " model '" + model + "'",
                "query($id: ID!, $model: ID!) { customer(id: $id) { " + field + "(model: $model) { " + kind + " } } }",
                Map.of("id", customerId, "model", model), false);
    }

    private void badParameters() {
        Object params = pick(Map.of("bins", 2 + 4 * random.nextInt(2) + random.nextInt(50) * 10), Map.of("bins", "three"),
                Map.of("bins", 3.5), Map.of(randomText(6), 1), Map.of("scheme", randomText(8)), "quintiles",
                List.of(1, 2), 42, Map.of("bins", Map.of("value", 3)), Map.of("bins", List.of(3)));
        add("rfm params " + abbreviate(params),
                "query($id: ID!, $params: JSON) { customer(id: $id) { segment(model: \"rfm\", params: $params) { code } } }",
                new HashMap<>(Map.of("id", customerId, "params", params)), false);
    }

    private void badPage() {
        Object first = pick(0, -1, 101, 1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE, 3_000_000_000L, "20", 2.5);
        if (random.nextInt(4) == 0) {
            String cursor = pick(randomText(12), "YWJj", "=====", hex(24), "x".repeat(300));
            add("customers after '" + abbreviate(cursor) + "'",
                    "query($after: String) { customers(first: 5, after: $after) { edges { node { id } } } }",
                    Map.of("after", cursor), false);
        } else if (random.nextBoolean()) {
            add("customers(first: " + first + ")", "query($first: Int) { customers(first: $first) { edges { node { id } } } }",
                    Map.of("first", first), false);
        } else {
            add("orders(first: " + first + ")",
                    "query($id: ID!, $first: Int) { customer(id: $id) { orders(first: $first) { edges { node { id } } } } }",
                    Map.of("id", customerId, "first", first), false);
        }
    }

    private void brokenDocument() {
        String query = switch (random.nextInt(8)) {
            case 0 -> VALID_LIST.substring(0, 1 + random.nextInt(VALID_LIST.length() - 2));
            case 1 -> "{ customers(first: 5) { edges { node { " + randomText(8).replaceAll("[^a-z]", "q") + "x } } } }";
            case 2 -> "{" + " a {".repeat(20 + random.nextInt(200)) + " b" + " }".repeat(20) + " }";
            case 3 -> "query { __type(name: \"Customer\") {" + " fields { type { ofType {".repeat(6) + " name"
                    + " } } }".repeat(6) + " } }";
            case 4 -> "fragment A on Customer { ...B } fragment B on Customer { ...A } { customer(id: \"1\") { ...A } }";
            case 5 -> "{ " + "c%d: customers(first: 100) { edges { node { orders(first: 100) { edges { node { id amount } } } } } } "
                    .repeat(30).formatted(java.util.stream.IntStream.range(0, 30).boxed().toArray()) + "}";
            case 6 -> "subscription { customers { id } }";
            default -> randomText(1 + random.nextInt(60));
        };
        add("broken document: " + abbreviate(query), query, Map.of(), false);
    }

    private void ruleBreakingInput() {
        switch (random.nextInt(4)) {
            case 0 -> {
                Map<String, Object> input = new HashMap<>(Map.of("externalId", "R-" + random.nextInt(100_000), "name", "Rule"));
                String field = pick("externalId", "name", "email", "phone", "joinedOn", "tags", "engagement", "membership");
                input.put(field, switch (field) {
                    case "externalId" -> pick("a b", "ä", "x".repeat(101), "", "a/b");
                    case "name" -> pick("", "   ", "n".repeat(201));
                    case "email" -> pick("not-an-email", "a@", "@b.c", "a@b@c.d", "x".repeat(250) + "@b.cd");
                    case "phone" -> pick("12", "call me", "1".repeat(40));
                    case "joinedOn" -> pick("2030-01-01", "2025-07-01");
                    case "tags" -> pick(List.of("a", "a"), List.of(""), List.of("t".repeat(51)),
                            java.util.stream.IntStream.range(0, 60).mapToObj(i -> "t" + i).toList());
                    case "engagement" -> Map.of(pick("referrals", "events", "communityPosts"), pick(-1, -100, Integer.MAX_VALUE));
                    default -> Map.of("points", -1 - random.nextInt(100));
                });
                add("createCustomer breaking " + field + " = " + abbreviate(input.get(field)),
                        "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }", Map.of("input", input), true);
            }
            case 1 -> {
                Map<String, Object> input = new HashMap<>(Map.of("customerId", customerId, "orderedAt", AT, "amount", 10));
                String field = pick("amount", "discount", "items", "orderedAt", "externalId");
                input.put(field, switch (field) {
                    case "amount" -> pick(-1, 1.234, 1e12, -0.01);
                    case "discount" -> pick(-5, 0.001);
                    case "items" -> pick(0, -1, 10_001);
                    case "orderedAt" -> pick("2030-01-01T00:00:00Z", "2025-07-02T12:00:01Z");
                    default -> pick("has space", "", "é");
                });
                add("recordOrder breaking " + field + " = " + input.get(field),
                        "mutation($input: RecordOrderInput!) { recordOrder(input: $input) { id } }", Map.of("input", input), true);
            }
            case 2 -> {
                Map<String, Object> input = new HashMap<>(Map.of("customerId", customerId, "answeredAt", AT));
                String field = pick("nps", "csat", "ces", "none", "dimensions", "comment");
                switch (field) {
                    case "nps" -> input.put(field, pick(-1, 11, 100));
                    case "csat" -> input.put(field, pick(0, 6));
                    case "ces" -> input.put(field, pick(0, 8));
                    case "dimensions" -> input.put(field, List.of(Map.of("name", pick("Bad Name!", "", "9lives"), "value", 50)));
                    case "comment" -> input.putAll(Map.of("nps", 5, "comment", "c".repeat(2001)));
                    default -> { }
                }
                add("recordSurvey breaking " + field,
                        "mutation($input: RecordSurveyInput!) { recordSurvey(input: $input) { id } }", Map.of("input", input), true);
            }
            default -> {
                Map<String, Object> input = new HashMap<>(Map.of("customerId", customerId, "openedAt", AT, "kind", "COMPLAINT"));
                switch (random.nextInt(4)) {
                    case 0 -> input.putAll(Map.of("outcome", "OPEN", "resolvedAt", AT));
                    case 1 -> input.put("outcome", pick("RESOLVED", "UNRESOLVED"));
                    case 2 -> input.putAll(Map.of("outcome", "RESOLVED", "resolvedAt", "2024-12-31T10:00:00Z"));
                    default -> input.put("kind", pick("RANT", "complaint", ""));
                }
                add("recordInteraction breaking " + input,
                        "mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { id } }", Map.of("input", input), true);
            }
        }
    }

    private void notAGraphQlBody() {
        String body = pick("", "not json", "[]", "[{\"query\":\"{ me { name } }\"}]", "{\"query\": 5}", "{\"query\": null}",
                "{}", "{\"query\":\"{ me { name } }\",\"variables\":\"x\"}", "{\"query\":\"{ me { name } }\",\"variables\":[1]}",
                "{\"query\":\"{ me { name } }\"", "{\"query\":\"" + "\\u0000".repeat(10) + "\"}", "null", "42",
                "{\"operationName\":\"Nope\",\"query\":\"query A { me { name } }\"}");
        requests.add(new BadRequest(category, "body " + abbreviate(body), body, false));
    }

    private void add(String label, String query, Map<String, Object> variables, boolean mutation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        requests.add(new BadRequest(category, requests.size() + 1 + ". " + label, JSON.writeValueAsString(body), mutation));
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private String randomText(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 {}()[]:$@!\"'\\/-_.,;ü€𝄞";
        StringBuilder text = new StringBuilder();
        random.ints(length, 0, alphabet.length()).forEach(i -> text.append(alphabet.charAt(i)));
        return text.toString();
    }

    private String hex(int length) {
        StringBuilder text = new StringBuilder();
        random.ints(length, 0, 16).forEach(i -> text.append(Character.forDigit(i, 16)));
        return text.toString();
    }

    private static String operation(String mutation) {
        int body = mutation.indexOf('{') + 2;
        return mutation.substring(body, mutation.indexOf('(', body));
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }
}
