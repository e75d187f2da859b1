package io.customerlens.sdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A model's parameter values after validation: every declared parameter has a value of its declared type,
 * either the caller's or the default. Immutable.
 */
public final class Parameters {

    private final Map<String, Object> values;

    private Parameters(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Validates raw values against the declared specs and fills in defaults.
     *
     * @param specs the model's declared parameters
     * @param raw   the caller's values by name (may be {@code null} or empty)
     * @return the complete, validated parameters
     * @throws InvalidParameterException for an undeclared name or a value the spec does not allow
     */
    public static Parameters resolve(List<ParameterSpec> specs, Map<String, ?> raw) {
        Map<String, ?> given = raw == null ? Map.of() : raw;
        Map<String, ParameterSpec> byName = new LinkedHashMap<>();
        specs.forEach(spec -> byName.put(spec.name(), spec));
        for (String name : given.keySet()) {
            if (!byName.containsKey(name)) {
                String known = byName.isEmpty() ? "none (this model takes no parameters)"
                        : String.join(", ", byName.keySet());
                throw new InvalidParameterException(name, "unknown parameter '" + name + "'; declared parameters: " + known);
            }
        }
        Map<String, Object> values = new TreeMap<>();
        for (ParameterSpec spec : specs) {
            values.put(spec.name(), given.containsKey(spec.name()) ? spec.coerce(given.get(spec.name())) : spec.defaultValue());
        }
        return new Parameters(values);
    }

    /**
     * The defaults of the declared specs.
     *
     * @param specs the model's declared parameters
     * @return parameters holding every default
     */
    public static Parameters defaults(List<ParameterSpec> specs) {
        return resolve(specs, Map.of());
    }

    /**
     * @param name a declared {@link ParameterType#INTEGER} parameter
     * @return its value
     */
    public int integer(String name) {
        return (Integer) require(name);
    }

    /**
     * @param name a declared {@link ParameterType#DECIMAL} parameter
     * @return its value
     */
    public double decimal(String name) {
        return (Double) require(name);
    }

    /**
     * @param name a declared {@link ParameterType#BOOLEAN} parameter
     * @return its value
     */
    public boolean bool(String name) {
        return (Boolean) require(name);
    }

    /**
     * @param name a declared {@link ParameterType#CHOICE} parameter
     * @return its value
     */
    public String choice(String name) {
        return (String) require(name);
    }

    /** @return every value by name, sorted by name */
    public Map<String, Object> asMap() {
        return values;
    }

    /** @return a stable text form, equal for equal values, e.g. {@code bins=5;scheme=standard} */
    public String canonical() {
        List<String> parts = new ArrayList<>();
        values.forEach((name, value) -> parts.add(name + "=" + value));
        return String.join(";", parts);
    }

    private Object require(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("parameter '" + name + "' is not declared by this model");
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Parameters that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
