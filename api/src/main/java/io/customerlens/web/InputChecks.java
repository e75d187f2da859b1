package io.customerlens.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Collects the problems of one input so that a caller hears about all of them at once.
 * Field names are prefixed with the argument name, e.g. {@code input.amount}.
 */
public final class InputChecks {

    private final String argument;
    private final List<InputProblem> problems = new ArrayList<>();

    private InputChecks(String argument) {
        this.argument = argument;
    }

    /** @param argument the GraphQL argument being checked, e.g. {@code input} */
    public static InputChecks of(String argument) {
        return new InputChecks(argument);
    }

    /** Records a problem unless {@code condition} holds. */
    public InputChecks require(boolean condition, String field, String message) {
        if (!condition) {
            problems.add(new InputProblem(argument + "." + field, message));
        }
        return this;
    }

    /** A required, non-blank text of at most {@code max} characters. */
    public InputChecks text(String value, String field, int max) {
        return require(value != null && !value.isBlank() && value.length() <= max, field,
                "must be non-blank text of at most " + max + " characters");
    }

    /** An optional text of at most {@code max} characters. */
    public InputChecks optionalText(String value, String field, int max) {
        return require(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    /** An optional text that, when given, matches {@code pattern}; {@code allowed} says what that means. */
    public InputChecks matches(String value, Pattern pattern, String field, String allowed) {
        return require(value == null || pattern.matcher(value).matches(), field, "must be " + allowed);
    }

    /** The earliest date a customer's history or profile may carry: older ones are typing errors. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /**
     * A required time of a customer's history: from {@link #EARLIEST} to one day after {@code now} (clocks differ).
     */
    public InputChecks historyTime(Instant value, String field, Instant now) {
        return require(value != null, field, "is required")
                .require(value == null || !value.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                        && !value.isAfter(now.plusSeconds(86_400)), field, "must be from " + EARLIEST
                        + " to at most a day in the future (got " + value + ")");
    }

    /** An optional integer within [min, max]. */
    public InputChecks range(Integer value, int min, int max, String field) {
        return require(value == null || (value >= min && value <= max), field,
                "must be an integer from " + min + " to " + max + (value == null ? "" : " (got " + value + ")"));
    }

    /**
     * A money amount from 0 to {@code max} with at most two decimals.
     *
     * @return the amount as an exact decimal, or null if it is invalid (the problem is recorded)
     */
    public BigDecimal money(Double value, String field, double max) {
        BigDecimal amount = value == null || !Double.isFinite(value) ? null : BigDecimal.valueOf(value);
        boolean valid = amount != null && amount.signum() >= 0 && value <= max && amount.stripTrailingZeros().scale() <= 2;
        require(valid, field, "must be an amount from 0 to " + BigDecimal.valueOf(max).toPlainString()
                + " with at most 2 decimals" + (value == null ? "" : " (got " + value + ")"));
        return valid ? amount.setScale(2) : null;
    }

    /** Throws {@link InvalidInputException} listing every recorded problem, if any. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
