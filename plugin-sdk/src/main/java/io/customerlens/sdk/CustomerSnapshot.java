package io.customerlens.sdk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Objects;

/**
 * An immutable view of one customer, as a model sees it. Histories the model did not declare in
 * {@link ModelDescriptor#inputs()} are empty; declared histories are complete, oldest first.
 *
 * @param id           the customer's id in Customer Lens
 * @param profile      non-identifying profile fields
 * @param orderSummary order totals, always present
 * @param orders       order history, oldest first
 * @param surveys      survey answers, oldest first
 * @param interactions service interactions, oldest first
 */
public record CustomerSnapshot(String id, Profile profile, OrderSummary orderSummary, List<OrderRecord> orders,
                               List<SurveyResponse> surveys, List<ServiceInteraction> interactions) {

    /** Checks the fields and copies the lists. */
    public CustomerSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        orderSummary = orderSummary == null ? OrderSummary.NONE : orderSummary;
        orders = orders == null ? List.of() : List.copyOf(orders);
        surveys = surveys == null ? List.of() : List.copyOf(surveys);
        interactions = interactions == null ? List.of() : List.copyOf(interactions);
    }

    /**
     * Starts a snapshot, mainly for tests: give the profile and histories, and the order summary is derived
     * from the orders unless set explicitly.
     *
     * @param id the customer id
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link CustomerSnapshot}. */
    public static final class Builder {
        private final String id;
        private Profile profile;
        private OrderSummary orderSummary;
        private final List<OrderRecord> orders = new ArrayList<>();
        private final List<SurveyResponse> surveys = new ArrayList<>();
        private final List<ServiceInteraction> interactions = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
            this.profile = new Profile(id, null, null, null, null, 0, Set.of());
        }

        /** @param profile the profile @return this */
        public Builder profile(Profile profile) {
            this.profile = profile;
            return this;
        }

        /** @param joinedOn the join date, on an otherwise empty profile @return this */
        public Builder joinedOn(LocalDate joinedOn) {
            this.profile = new Profile(profile.externalId(), profile.region(), profile.channel(), joinedOn,
                    profile.membershipLevel(), profile.points(), profile.tags());
            return this;
        }

        /** @param summary the order summary, instead of deriving it from the orders @return this */
        public Builder orderSummary(OrderSummary summary) {
            this.orderSummary = summary;
            return this;
        }

        /** @param order an order @return this */
        public Builder order(OrderRecord order) {
            this.orders.add(order);
            return this;
        }

        /** @param survey a survey answer @return this */
        public Builder survey(SurveyResponse survey) {
            this.surveys.add(survey);
            return this;
        }

        /** @param interaction a service interaction @return this */
        public Builder interaction(ServiceInteraction interaction) {
            this.interactions.add(interaction);
            return this;
        }

        /** @return the snapshot, histories sorted oldest first */
        public CustomerSnapshot build() {
            orders.sort(Comparator.comparing(OrderRecord::orderedAt));
            surveys.sort(Comparator.comparing(SurveyResponse::answeredAt));
            interactions.sort(Comparator.comparing(ServiceInteraction::openedAt));
            OrderSummary summary = orderSummary != null ? orderSummary : summarise(orders);
            return new CustomerSnapshot(id, profile, summary, orders, surveys, interactions);
        }

        private static OrderSummary summarise(List<OrderRecord> orders) {
            if (orders.isEmpty()) {
                return OrderSummary.NONE;
            }
            double total = orders.stream().mapToDouble(OrderRecord::amount).sum();
            return new OrderSummary(orders.size(), total, orders.get(0).orderedAt(),
                    orders.get(orders.size() - 1).orderedAt());
        }
    }
}
