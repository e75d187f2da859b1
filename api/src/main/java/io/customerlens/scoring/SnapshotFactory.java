package io.customerlens.scoring;

import io.customerlens.customer.Customer;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.Membership;
import io.customerlens.customer.Order;
import io.customerlens.customer.OrderTotals;
import io.customerlens.customer.Survey;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InteractionOutcome;
import io.customerlens.sdk.MembershipSpan;
import io.customerlens.sdk.OrderRecord;
import io.customerlens.sdk.OrderSummary;
import io.customerlens.sdk.Profile;
import io.customerlens.sdk.ServiceInteraction;
import io.customerlens.sdk.SurveyResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Turns stored documents into the immutable {@link CustomerSnapshot} models see, without contact details. */
final class SnapshotFactory {

    private SnapshotFactory() {
    }

    static CustomerSnapshot snapshot(Customer customer, List<Order> orders, List<Survey> surveys,
                                     List<Interaction> interactions) {
        OrderTotals totals = customer.orderSummary();
        OrderSummary summary = new OrderSummary(totals.count(), totals.total().doubleValue(),
                totals.firstOrderAt(), totals.lastOrderAt());
        Membership membership = customer.membership();
        return snapshot(customer, membership == null ? null : membership.span(), summary, orders, surveys,
                interactions.stream().map(SnapshotFactory::interaction).toList());
    }

    /**
     * The customer as they were just before {@code cutoff}: only the orders, surveys and interactions that began
     * before it, the order summary computed from those orders, an interaction resolved later as still open, and the
     * membership's dates as known the day before (none if it began later, running if it ended later). Other
     * profile fields keep no history (region, channel, membership level and points, tags, engagement are as stored
     * now).
     */
    static CustomerSnapshot snapshotBefore(Customer customer, List<Order> orders, List<Survey> surveys,
                                           List<Interaction> interactions, Instant cutoff) {
        List<Order> before = orders.stream().filter(order -> order.orderedAt().isBefore(cutoff)).toList();
        OrderSummary summary = before.isEmpty() ? OrderSummary.NONE : new OrderSummary(before.size(),
                before.stream().mapToDouble(order -> order.amount().doubleValue()).sum(),
                before.get(0).orderedAt(), before.get(before.size() - 1).orderedAt());
        MembershipSpan stored = customer.membership() == null ? null : customer.membership().span();
        MembershipSpan then = stored == null ? null : stored.asOf(cutoff.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1));
        return snapshot(customer, then, summary, before,
                surveys.stream().filter(survey -> survey.answeredAt().isBefore(cutoff)).toList(),
                interactions.stream().filter(interaction -> interaction.openedAt().isBefore(cutoff))
                        .map(interaction -> openAt(interaction(interaction), cutoff)).toList());
    }

    private static ServiceInteraction openAt(ServiceInteraction interaction, Instant cutoff) {
        if (interaction.resolvedAt() == null || interaction.resolvedAt().isBefore(cutoff)) {
            return interaction;
        }
        return new ServiceInteraction(interaction.openedAt(), null, interaction.channel(), interaction.kind(),
                InteractionOutcome.OPEN);
    }

    /** @param membership the membership's dates the snapshot shows; level and points are the stored ones */
    private static CustomerSnapshot snapshot(Customer customer, MembershipSpan membership, OrderSummary summary,
                                             List<Order> orders, List<Survey> surveys,
                                             List<ServiceInteraction> interactions) {
        long points = customer.membership() == null ? 0 : customer.membership().points();
        String level = customer.membership() == null ? null : customer.membership().level();
        Profile profile = new Profile(customer.externalId(), customer.region(), customer.channel(),
                customer.joinedOn(), level, points, Set.copyOf(customer.tags()), customer.engagement(), membership);
        return new CustomerSnapshot(customer.id(), profile, summary,
                orders.stream().map(SnapshotFactory::order).toList(),
                surveys.stream().map(SnapshotFactory::survey).toList(), interactions);
    }

    private static OrderRecord order(Order order) {
        return new OrderRecord(order.orderedAt(), order.amount().doubleValue(), order.items(),
                order.discount() == null ? 0 : order.discount().doubleValue(), order.channel());
    }

    private static SurveyResponse survey(Survey survey) {
        return new SurveyResponse(survey.answeredAt(), survey.nps(), survey.csat(), survey.ces(), survey.dimensions());
    }

    private static ServiceInteraction interaction(Interaction interaction) {
        return new ServiceInteraction(interaction.openedAt(), interaction.resolvedAt(), interaction.channel(),
                interaction.kind(), interaction.outcome());
    }
}
