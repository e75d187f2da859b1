package io.customerlens.scoring;

import io.customerlens.customer.Customer;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.Order;
import io.customerlens.customer.OrderTotals;
import io.customerlens.customer.Survey;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.OrderRecord;
import io.customerlens.sdk.OrderSummary;
import io.customerlens.sdk.Profile;
import io.customerlens.sdk.ServiceInteraction;
import io.customerlens.sdk.SurveyResponse;
import java.util.List;
import java.util.Set;

/** Turns stored documents into the immutable {@link CustomerSnapshot} models see, without contact details. */
final class SnapshotFactory {

    private SnapshotFactory() {
    }

    static CustomerSnapshot snapshot(Customer customer, List<Order> orders, List<Survey> surveys,
                                     List<Interaction> interactions) {
        long points = customer.membership() == null ? 0 : customer.membership().points();
        String level = customer.membership() == null ? null : customer.membership().level();
        Profile profile = new Profile(customer.externalId(), customer.region(), customer.channel(),
                customer.joinedOn(), level, points, Set.copyOf(customer.tags()), customer.engagement());
        OrderTotals totals = customer.orderSummary();
        OrderSummary summary = new OrderSummary(totals.count(), totals.total().doubleValue(),
                totals.firstOrderAt(), totals.lastOrderAt());
        return new CustomerSnapshot(customer.id(), profile, summary,
                orders.stream().map(SnapshotFactory::order).toList(),
                surveys.stream().map(SnapshotFactory::survey).toList(),
                interactions.stream().map(SnapshotFactory::interaction).toList());
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
