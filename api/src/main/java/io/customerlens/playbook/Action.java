package io.customerlens.playbook;

/**
 * One recommended action.
 *
 * @param code        stable identifier within its entry, e.g. {@code call-back}
 * @param title       what to do, in a few words
 * @param description how and why
 * @param channel     how it reaches the customer
 * @param priority    1 (most urgent) to 5
 * @param dueWithin   ISO-8601 duration within which to act, e.g. {@code PT4H}; null for no deadline
 */
public record Action(String code, String title, String description, ServiceChannel channel, int priority,
                     String dueWithin) {
}
