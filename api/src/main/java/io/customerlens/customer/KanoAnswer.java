package io.customerlens.customer;

/**
 * A customer's paired Kano answers about one service attribute.
 *
 * @param attribute     the attribute, e.g. {@code same-day-delivery}
 * @param functional    how they feel when the service has it
 * @param dysfunctional how they feel when it lacks it
 */
public record KanoAnswer(String attribute, KanoResponse functional, KanoResponse dysfunctional) {
}
