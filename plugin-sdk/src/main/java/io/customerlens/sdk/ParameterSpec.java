package io.customerlens.sdk;

import java.util.List;
import java.util.Objects;

/**
 * A parameter a model declares: its name, type, default and allowed range or values.
 * The server validates every value a caller passes against the spec before the model sees it.
 *
 * <p>Create specs with the factory methods, e.g. {@code ParameterSpec.integer("bins", "...", 5, 3, 5)}.
 *
 * @param name          the name callers use, e.g. {@code "bins"}
 * @param type          the type
 * @param description   what the parameter changes, shown in the model catalogue
 * @param defaultValue  the value used when a caller gives none, already of the type {@link #coerce} returns
 * @param min           inclusive lower bound for numbers, or {@code null}
 * @param max           inclusive upper bound for numbers, or {@code null}
 * @param allowedValues the allowed strings for {@link ParameterType#CHOICE}, otherwise empty
 */
public record ParameterSpec(String name, ParameterType type, String description, Object defaultValue,
                            Double min, Double max, List<String> allowedValues) {

    /** Checks the spec itself, including that the default is a valid value. */
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        if (type == ParameterType.CHOICE && allowedValues.isEmpty()) {
            throw new IllegalArgumentException("choice parameter '" + name + "' needs allowed values");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("parameter '" + name + "': min " + min + " is above max " + max);
        }
        defaultValue = ParameterValues.coerce(name, type, min, max, allowedValues, defaultValue);
    }

    /**
     * A whole-number parameter.
     *
     * @param name         parameter name
     * @param description  what it changes
     * @param defaultValue default
     * @param min          inclusive minimum
     * @param max          inclusive maximum
     * @return the spec
     */
    public static ParameterSpec integer(String name, String description, int defaultValue, int min, int max) {
        return new ParameterSpec(name, ParameterType.INTEGER, description, defaultValue,
                (double) min, (double) max, List.of());
    }

    /**
     * A real-number parameter.
     *
     * @param name         parameter name
     * @param description  what it changes
     * @param defaultValue default
     * @param min          inclusive minimum
     * @param max          inclusive maximum
     * @return the spec
     */
    public static ParameterSpec decimal(String name, String description, double defaultValue, double min, double max) {
        return new ParameterSpec(name, ParameterType.DECIMAL, description, defaultValue, min, max, List.of());
    }

    /**
     * A yes/no parameter.
     *
     * @param name         parameter name
     * @param description  what it changes
     * @param defaultValue default
     * @return the spec
     */
    public static ParameterSpec bool(String name, String description, boolean defaultValue) {
        return new ParameterSpec(name, ParameterType.BOOLEAN, description, defaultValue, null, null, List.of());
    }

    /**
     * A parameter that takes one of a fixed set of strings.
     *
     * @param name          parameter name
     * @param description   what it changes
     * @param defaultValue  default, one of {@code allowedValues}
     * @param allowedValues the allowed strings
     * @return the spec
     */
    public static ParameterSpec choice(String name, String description, String defaultValue, String... allowedValues) {
        return new ParameterSpec(name, ParameterType.CHOICE, description, defaultValue, null, null,
                List.of(allowedValues));
    }

    /**
     * Checks a raw value (as parsed from JSON: a number, boolean or string) and converts it to the
     * parameter's Java type: {@link Integer}, {@link Double}, {@link Boolean} or {@link String}.
     *
     * @param raw the raw value; {@code null} is not allowed
     * @return the converted value
     * @throws InvalidParameterException naming this parameter and what it allows
     */
    public Object coerce(Object raw) {
        return ParameterValues.coerce(name, type, min, max, allowedValues, raw);
    }

    /** @return a short human description of what this parameter accepts, e.g. "an integer from 3 to 5" */
    public String allowed() {
        return ParameterValues.describe(type, min, max, allowedValues);
    }
}
