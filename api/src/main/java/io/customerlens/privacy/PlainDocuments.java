package io.customerlens.privacy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/** Stored documents as plain JSON values: ids as hex text, dates as RFC 3339 text, decimals as numbers. */
final class PlainDocuments {

    private PlainDocuments() {
    }

    static Map<String, Object> plain(Document document) {
        Map<String, Object> plain = new LinkedHashMap<>();
        document.forEach((key, value) -> {
            if (!"_class".equals(key)) {
                plain.put("_id".equals(key) ? "id" : key, value(value));
            }
        });
        return plain;
    }

    private static Object value(Object value) {
        if (value instanceof Document nested) {
            return plain(nested);
        }
        if (value instanceof List<?> list) {
            List<Object> plain = new ArrayList<>();
            list.forEach(element -> plain.add(value(element)));
            return plain;
        }
        if (value instanceof ObjectId id) {
            return id.toHexString();
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        if (value instanceof BigDecimal || value instanceof Number || value instanceof String || value instanceof Boolean
                || value == null) {
            return value;
        }
        return value.toString();
    }
}
