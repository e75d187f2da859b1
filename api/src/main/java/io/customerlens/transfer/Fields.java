package io.customerlens.transfer;

import io.customerlens.customer.KanoResponse;
import io.customerlens.web.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Typed reads of a row's text fields; a value that does not parse rejects the row, naming the field. */
final class Fields {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private final Map<String, String> values;

    Fields(Map<String, String> values) {
        this.values = values;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String text(String name) {
        return values.get(name);
    }

    /** An RFC 3339 date-time (2025-03-01T10:15:00Z) or a date (2025-03-01, taken as 00:00 UTC), to the millisecond. */
    Instant instant(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw new RowRejected(name + ": '" + value + "' is not a date-time like 2025-03-01T10:15:00Z or a date like 2025-03-01");
        }
    }

    LocalDate date(String name) {
        String value = values.get(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RowRejected(name + ": '" + value + "' is not a date like 2025-03-01");
        }
    }

    Integer integer(String name) {
        String value = values.get(name);
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new RowRejected(name + ": '" + value + "' is not a whole number");
        }
    }

    Long whole(String name) {
        String value = values.get(name);
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new RowRejected(name + ": '" + value + "' is not a whole number");
        }
    }

    Double number(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        if (!NUMBER.matcher(value.strip()).matches()) {
            throw new RowRejected(name + ": '" + value + "' is not a number like 12.50");
        }
        return Double.valueOf(value.strip());
    }

    <E extends Enum<E>> E constant(String name, Class<E> type) {
        return constant(name, values.get(name), type);
    }

    /** @return a Kano answer written by name in any case, e.g. {@code like} */
    static KanoResponse response(String name, String value) {
        return constant(name, value, KanoResponse.class);
    }

    private static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowRejected(name + ": '" + value + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A list written as values separated by {@code |} (an NDJSON array is read the same way). */
    List<String> list(String name) {
        String value = values.get(name);
        return value == null ? null : Arrays.stream(value.split("\\|", -1)).map(String::strip).toList();
    }

    /** @return the sub-fields named {@code prefix<name>}, keyed by name */
    Map<String, String> named(String prefix) {
        return values.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix))
                .collect(Collectors.toMap(entry -> entry.getKey().substring(prefix.length()), Map.Entry::getValue));
    }

    /** Turns the checks of a GraphQL input into a row rejection, with the import's field names. */
    static RowRejected rejected(InvalidInputException invalid) {
        return new RowRejected(invalid.problems().stream()
                .map(problem -> problem.field().replaceFirst("^input\\.", "") + ": " + problem.message())
                .collect(Collectors.joining("; ")));
    }
}
