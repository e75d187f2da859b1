package io.customerlens.sdk;

/** The type of a model parameter, which decides how a raw value is checked and converted. */
public enum ParameterType {
    /** A whole number, optionally bounded by {@link ParameterSpec#min()} and {@link ParameterSpec#max()}. */
    INTEGER,
    /** A finite real number, optionally bounded by {@link ParameterSpec#min()} and {@link ParameterSpec#max()}. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of the strings in {@link ParameterSpec#allowedValues()}. */
    CHOICE
}
