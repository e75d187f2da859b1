package io.customerlens.customer;

import io.customerlens.sdk.Engagement;
import io.customerlens.web.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The one write path of customer profiles, shared by the mutations and imports: how a new customer is built from
 * what a caller sent, and which fields an update sets. The field names are {@link Customer}'s constants.
 */
public final class CustomerProfiles {

    private CustomerProfiles() {
    }

    /** @return a new customer from the input: joined today unless given, no orders yet, revision 0 */
    public static Customer created(CreateCustomerInput in, LocalDate today, Instant now) {
        return new Customer(null, in.externalId(), in.name().strip(), in.email(), in.phone(), in.region(),
                in.channel(), in.joinedOn() == null ? today : in.joinedOn(), membership(in.membership(), null),
                in.tags(), engagement(in.engagement(), null), OrderTotals.NONE, 0, now, now);
    }

    /**
     * @param before the stored customer, to set only what differs and to merge membership and engagement counts
     *               into; null to set every given field as given (membership points and counts not given are 0)
     * @return {@code $set} of the given fields; empty when nothing given differs
     */
    public static Update changes(Customer before, ProfileInput in) {
        Update update = new Update();
        set(update, Customer.NAME, before == null ? null : before.name(), in.name() == null ? null : in.name().strip());
        set(update, Customer.EMAIL, before == null ? null : before.email(), in.email());
        set(update, Customer.PHONE, before == null ? null : before.phone(), in.phone());
        set(update, Customer.REGION, before == null ? null : before.region(), in.region());
        set(update, Customer.CHANNEL, before == null ? null : before.channel(), in.channel());
        set(update, Customer.JOINED_ON, before == null ? null : before.joinedOn(), in.joinedOn());
        set(update, Customer.TAGS, before == null ? null : before.tags(), in.tags());
        Membership membershipBefore = before == null ? null : before.membership();
        set(update, Customer.MEMBERSHIP, membershipBefore, membership(in.membership(), membershipBefore));
        Engagement engagementBefore = before == null ? null : before.engagement();
        set(update, Customer.ENGAGEMENT, engagementBefore, engagement(in.engagement(), engagementBefore));
        return update;
    }

    private static void set(Update update, String field, Object before, Object given) {
        if (given != null && !Objects.equals(before, given)) {
            update.set(field, given);
        }
    }

    /** @return the given membership fields over the stored ones; null when none is given */
    private static Membership membership(MembershipInput in, Membership before) {
        if (in == null) {
            return null;
        }
        String level = in.level() != null ? in.level() : before == null ? null : before.level();
        long points = in.points() != null ? in.points() : before == null ? 0 : before.points();
        LocalDate started = in.startedOn() != null ? in.startedOn() : before == null ? null : before.startedOn();
        LocalDate ended = in.endedOn() != null ? in.endedOn() : before == null ? null : before.endedOn();
        if (ended != null && (started == null || ended.isBefore(started))) {
            throw new InvalidInputException("membership.endedOn", started == null
                    ? "needs membership.startedOn: a membership that ends must have begun"
                    : "must not be before membership.startedOn (" + started + "), got " + ended);
        }
        return new Membership(level, points, started, ended);
    }

    /** @return the given engagement counts over the stored ones; null when none is given */
    private static Engagement engagement(EngagementInput in, Engagement before) {
        if (in == null) {
            return null;
        }
        Engagement base = before == null ? Engagement.NONE : before;
        return new Engagement(in.referrals() != null ? in.referrals() : base.referrals(),
                in.events() != null ? in.events() : base.events(),
                in.communityPosts() != null ? in.communityPosts() : base.communityPosts());
    }
}
