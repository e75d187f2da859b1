package io.customerlens.transfer;

import java.util.List;
import java.util.Set;

/**
 * The columns (CSV) or fields (NDJSON) one kind of import accepts.
 *
 * @param names    the accepted names, in documentation order
 * @param prefixes accepted name prefixes for named sub-fields, e.g. {@code dimensions.} for
 *                 {@code dimensions.reliability_p1} (an NDJSON object {@code "dimensions": {...}} is read the same way)
 * @param required the names every row must give
 */
record Columns(List<String> names, List<String> prefixes, Set<String> required) {

    boolean allows(String name) {
        return names.contains(name) || prefixes.stream().anyMatch(prefix -> name.startsWith(prefix)
                && name.length() > prefix.length());
    }

    /** @return the accepted names for messages, e.g. {@code externalId, name, dimensions.<name>} */
    String allowed() {
        StringBuilder text = new StringBuilder(String.join(", ", names));
        prefixes.forEach(prefix -> text.append(", ").append(prefix).append("<name>"));
        return text.toString();
    }
}
