package io.customerlens.sdk;

import java.math.BigDecimal;
import java.util.List;

/** Checking and conversion of raw parameter values, shared by {@link ParameterSpec} and {@link Parameters}. */
final class ParameterValues {

    private ParameterValues() {
    }

    static Object coerce(String name, ParameterType type, Double min, Double max, List<String> allowed, Object raw) {
        if (raw == null) {
            throw invalid(name, "null", type, min, max, allowed);
        }
        return switch (type) {
            case INTEGER -> {
                Integer value = asInteger(raw);
                if (value == null || outOfRange(value, min, max)) {
                    throw invalid(name, raw, type, min, max, allowed);
                }
                yield value;
            }
            case DECIMAL -> {
                if (!(raw instanceof Number number) || !Double.isFinite(number.doubleValue())
                        || outOfRange(number.doubleValue(), min, max)) {
                    throw invalid(name, raw, type, min, max, allowed);
                }
                yield number.doubleValue();
            }
            case BOOLEAN -> {
                if (!(raw instanceof Boolean bool)) {
                    throw invalid(name, raw, type, min, max, allowed);
                }
                yield bool;
            }
            case CHOICE -> {
                if (!(raw instanceof String text) || !allowed.contains(text)) {
                    throw invalid(name, raw, type, min, max, allowed);
                }
                yield text;
            }
        };
    }

    static String describe(ParameterType type, Double min, Double max, List<String> allowed) {
        return switch (type) {
            case INTEGER -> "an integer" + range(min, max, true);
            case DECIMAL -> "a number" + range(min, max, false);
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", allowed);
        };
    }

    private static Integer asInteger(Object raw) {
        if (raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).intValue();
        }
        if (raw instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean outOfRange(double value, Double min, Double max) {
        return (min != null && value < min) || (max != null && value > max);
    }

    private static String range(Double min, Double max, boolean whole) {
        if (min == null && max == null) {
            return "";
        }
        if (max == null) {
            return " of at least " + format(min, whole);
        }
        if (min == null) {
            return " of at most " + format(max, whole);
        }
        return " from " + format(min, whole) + " to " + format(max, whole);
    }

    private static String format(double value, boolean whole) {
        return whole || value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
    }

    private static InvalidParameterException invalid(String name, Object raw, ParameterType type,
                                                     Double min, Double max, List<String> allowed) {
        String shown = raw instanceof String ? "\"" + raw + "\"" : String.valueOf(raw);
        return new InvalidParameterException(name, "parameter '" + name + "' is " + shown
                + "; allowed: " + describe(type, min, max, allowed));
    }
}
