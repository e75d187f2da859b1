package io.customerlens.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Newline-delimited JSON: one object per line, blank lines skipped. Fields are read as the CSV columns of the same
 * name; a nested object {@code "dimensions": {"a": 1}} gives {@code dimensions.a}, an array of plain values gives
 * {@code a|b}, null leaves the field out. A line that is not a JSON object, or names an unknown field, is rejected.
 */
final class NdjsonRows implements RowSource {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // checked by next(), with a message that names no Java type
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final BufferedReader reader;
    private final CountingInputStream counter;
    private final Columns columns;
    private long line;

    NdjsonRows(BufferedReader reader, CountingInputStream counter, Columns columns) {
        this.reader = reader;
        this.counter = counter;
        this.columns = columns;
    }

    @Override
    public SourceRow next() throws IOException {
        String text;
        do {
            text = reader.readLine();
            line++;
            if (text == null) {
                return null;
            }
        } while (text.isBlank());
        JsonNode node;
        try (JsonParser parser = JSON.createParser(text)) {
            node = JSON.readTree(parser);
            if (parser.nextToken() != null) {
                return SourceRow.broken(line, "not valid JSON: more than one value on the line");
            }
        } catch (JacksonException e) {
            return SourceRow.broken(line, "not valid JSON: " + withoutStartMarker(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            return SourceRow.broken(line, "not a JSON object");
        }
        Map<String, String> fields = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String problem = put(fields, field.getKey(), field.getValue(), true);
            if (problem != null) {
                return SourceRow.broken(line, problem);
            }
        }
        for (String name : fields.keySet()) {
            if (!columns.allows(name)) {
                return SourceRow.broken(line, "unknown field '" + name + "'; allowed: " + columns.allowed());
            }
        }
        return new SourceRow(line, fields, null);
    }

    /**
     * Jackson's message without its "(start marker at [Source: REDACTED ...])" clause, which names no position a
     * reader could use (Jackson 3 gives "byte offset: #UNKNOWN" there); the row's line number is reported anyway.
     */
    private static String withoutStartMarker(String message) {
        int marker = message.indexOf(" (start marker at [");
        return marker < 0 ? message : message.substring(0, marker);
    }

    private static String put(Map<String, String> fields, String name, JsonNode value, boolean top) {
        if (value.isNull()) {
            return null;
        }
        if (value.isObject() && top) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                String problem = put(fields, name + "." + field.getKey(), field.getValue(), false);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (value.isArray() && top) {
            StringJoiner joined = new StringJoiner("|");
            for (JsonNode element : value) {
                if (!element.isValueNode() || element.isNull()) {
                    return "field '" + name + "' must be an array of plain values";
                }
                joined.add(element.asString());
            }
            fields.put(name, joined.toString());
            return null;
        }
        if (!value.isValueNode()) {
            return "field '" + name + "' is nested too deeply";
        }
        fields.put(name, value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asString());
        return null;
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
