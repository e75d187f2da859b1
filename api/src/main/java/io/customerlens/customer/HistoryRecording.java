package io.customerlens.customer;

import io.customerlens.web.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Records orders, survey answers and service interactions. Every write checks its input completely
 * before storing anything, and moves the customer's order summary and revision with atomic operators,
 * so concurrent writes never lose an update.
 */
@Service
public class HistoryRecording {

    private final CustomerStore customers;
    private final HistoryStore history;
    private final DataVersion dataVersion;
    private final Clock clock;
    private final WriteIntents intents;
    private final ApplicationEventPublisher events;

    HistoryRecording(CustomerStore customers, HistoryStore history, DataVersion dataVersion, Clock clock,
                   WriteIntents intents, ApplicationEventPublisher events) {
        this.customers = customers;
        this.history = history;
        this.dataVersion = dataVersion;
        this.clock = clock;
        this.intents = intents;
        this.events = events;
    }

    /**
     * Stores an order and adds it to the customer's summary. Recording an order whose external id is
     * already stored returns the stored order and changes nothing. A {@link WriteIntent} spans the two writes, so a
     * crash between them is put right at the next start.
     */
    Order recordOrder(RecordOrderInput input) {
        Order order = input.toOrder(clock.instant());
        requireCustomer(input.customerId());
        Order existing = findByExternalId(order);
        if (existing != null) {
            return existing;
        }
        return intents.around(WriteIntent.Kind.SUMMARY, List.of(input.customerId()), () -> {
            Order saved;
            try {
                saved = history.insert(order);
            } catch (DuplicateKeyException raced) {
                return findByExternalId(order);
            }
            Update summary = new Update()
                    .inc(OrderTotals.COUNT, 1)
                    .inc(OrderTotals.TOTAL, saved.amount())
                    .min(OrderTotals.FIRST_ORDER_AT, saved.orderedAt())
                    .max(OrderTotals.LAST_ORDER_AT, saved.orderedAt());
            touch(input.customerId(), summary, () -> history.remove(saved), ChangeCause.ORDER);
            return saved;
        });
    }

    Survey recordSurvey(RecordSurveyInput input) {
        Survey survey = input.toSurvey(clock.instant());
        requireCustomer(input.customerId());
        Survey saved = history.insert(survey);
        touch(input.customerId(), new Update(), () -> history.remove(saved), ChangeCause.SURVEY);
        return saved;
    }

    Interaction recordInteraction(RecordInteractionInput input) {
        Interaction interaction = input.toInteraction(clock.instant());
        requireCustomer(input.customerId());
        Interaction saved = history.insert(interaction);
        touch(input.customerId(), new Update(), () -> history.remove(saved), ChangeCause.INTERACTION);
        return saved;
    }

    /** Adds to the customer's engagement counts atomically. */
    Customer recordEngagement(RecordEngagementInput input) {
        Update increments = input.increments();
        requireCustomer(input.customerId());
        touch(input.customerId(), increments, () -> { }, ChangeCause.ENGAGEMENT);
        return customers.byId(input.customerId());
    }

    private void requireCustomer(String customerId) {
        if (customerId == null || !customers.exists(customerId)) {
            throw Customers.notFound(customerId);
        }
    }

    private Order findByExternalId(Order order) {
        if (order.externalId() == null) {
            return null;
        }
        Order existing = history.orderByExternalId(order.externalId());
        if (existing != null && !existing.customerId().equals(order.customerId())) {
            throw new InvalidInputException("input.externalId",
                    "order '" + order.externalId() + "' is already recorded for another customer");
        }
        return existing;
    }

    /**
     * Applies the update to the customer together with a revision bump. If the customer vanished in the
     * meantime (deleted concurrently) or the update fails, the history entry just stored is removed again.
     */
    private void touch(String customerId, Update update, Runnable undo, ChangeCause cause) {
        Instant now = clock.instant();
        update.inc(Customer.REVISION, 1).set(Customer.UPDATED_AT, now);
        boolean matched;
        try {
            matched = customers.updateIfPresent(customerId, update);
        } catch (RuntimeException e) {
            undo.run();
            throw e;
        }
        if (!matched) {
            undo.run();
            throw Customers.notFound(customerId);
        }
        dataVersion.changed();
        events.publishEvent(new CustomersWritten(List.of(customerId), cause));
    }
}
