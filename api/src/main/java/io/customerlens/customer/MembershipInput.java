package io.customerlens.customer;

/**
 * The membership part of a customer input.
 *
 * @param level  programme level, e.g. "gold"
 * @param points points balance, 0 or more
 */
public record MembershipInput(String level, Long points) {
}
