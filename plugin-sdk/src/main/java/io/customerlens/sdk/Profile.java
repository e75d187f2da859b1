package io.customerlens.sdk;

import java.time.LocalDate;
import java.util.Set;

/**
 * The non-identifying part of a customer's profile. Contact details (name, e-mail, phone) are deliberately
 * absent: no model needs them to score, and plugins should never receive them.
 *
 * @param externalId      the customer's id in the source system
 * @param region          sales region, e.g. {@code "EU-West"}, or {@code null}
 * @param channel         acquisition channel, e.g. {@code "web"}, or {@code null}
 * @param joinedOn        the date the customer joined
 * @param membershipLevel membership programme level, e.g. {@code "gold"}, or {@code null}
 * @param points          membership points balance
 * @param tags            free tags
 * @param engagement      engagement beyond purchases (since 1.1.0; {@link Engagement#NONE} when unknown)
 * @param membership      the membership's start and end, or {@code null} when unknown (since 1.3.0)
 */
public record Profile(String externalId, String region, String channel, LocalDate joinedOn,
                      String membershipLevel, long points, Set<String> tags, Engagement engagement,
                      MembershipSpan membership) {

    /** Copies the tags. */
    public Profile {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        engagement = engagement == null ? Engagement.NONE : engagement;
    }

    /**
     * The 1.1 form, without the membership's dates.
     *
     * @param externalId      the customer's id in the source system
     * @param region          sales region
     * @param channel         acquisition channel
     * @param joinedOn        join date
     * @param membershipLevel membership level
     * @param points          points balance
     * @param tags            free tags
     * @param engagement      engagement beyond purchases
     */
    public Profile(String externalId, String region, String channel, LocalDate joinedOn,
                   String membershipLevel, long points, Set<String> tags, Engagement engagement) {
        this(externalId, region, channel, joinedOn, membershipLevel, points, tags, engagement, null);
    }

    /**
     * The 1.0 form, without engagement.
     *
     * @param externalId      the customer's id in the source system
     * @param region          sales region
     * @param channel         acquisition channel
     * @param joinedOn        join date
     * @param membershipLevel membership level
     * @param points          points balance
     * @param tags            free tags
     */
    public Profile(String externalId, String region, String channel, LocalDate joinedOn,
                   String membershipLevel, long points, Set<String> tags) {
        this(externalId, region, channel, joinedOn, membershipLevel, points, tags, Engagement.NONE);
    }
}
