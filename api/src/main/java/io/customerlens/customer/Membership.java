package io.customerlens.customer;

/**
 * A customer's membership in a loyalty programme.
 *
 * @param level  the programme level, e.g. "gold"
 * @param points the points balance
 */
public record Membership(String level, long points) {
}
