package io.customerlens.web;

/**
 * One thing wrong with an input.
 *
 * @param field   the path of the offending field, e.g. {@code input.amount}
 * @param message what is wrong and what is allowed
 */
public record InputProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
