package io.customerlens.transfer;

import io.customerlens.customer.Interaction;
import io.customerlens.customer.KanoAnswer;
import io.customerlens.customer.KanoResponse;
import io.customerlens.customer.Order;
import io.customerlens.customer.OrderTotals;
import io.customerlens.customer.RecordInteractionInput;
import io.customerlens.customer.RecordOrderInput;
import io.customerlens.customer.RecordSurveyInput;
import io.customerlens.customer.Survey;
import io.customerlens.sdk.InteractionKind;
import io.customerlens.sdk.InteractionOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Orders, surveys and interactions as the import reads them. Each row goes through the same checks as the
 * {@code recordOrder}, {@code recordSurvey} and {@code recordInteraction} mutations; the import adds a required
 * external id (1-100 letters, digits or {@code . _ : -}), which makes re-importing a row harmless.
 */
final class HistoryKinds {

    static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private HistoryKinds() {
    }

    static HistoryKind<?> of(ImportKind kind) {
        return switch (kind) {
            case ORDERS, CDNOW -> ORDERS;
            case SURVEYS -> SURVEYS;
            case INTERACTIONS -> INTERACTIONS;
            case CUSTOMERS -> throw new IllegalArgumentException("customers are not history");
        };
    }

    static final HistoryKind<Order> ORDERS = new HistoryKind<>(Order.class,
            (fields, now) -> new RecordOrderInput(null, fields.text("externalId"), fields.instant("orderedAt"),
                    fields.number("amount"), fields.integer("items"), fields.number("discount"),
                    fields.text("channel")).toOrder(now),
            (order, customerId) -> new Order(order.id(), customerId, order.externalId(), order.orderedAt(),
                    order.amount(), order.items(), order.discount(), order.channel(), order.recordedAt()),
            order -> new Order(null, order.customerId(), order.externalId(), order.orderedAt(), order.amount(),
                    order.items(), order.discount(), order.channel(), null),
            Order::externalId,
            Order::customerId,
            (update, orders) -> update
                    .inc(OrderTotals.COUNT, orders.size())
                    .inc(OrderTotals.TOTAL, orders.stream().map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .min(OrderTotals.FIRST_ORDER_AT, orders.stream().map(Order::orderedAt).min(Comparator.naturalOrder()).orElseThrow())
                    .max(OrderTotals.LAST_ORDER_AT, orders.stream().map(Order::orderedAt).max(Comparator.naturalOrder()).orElseThrow()));

    static final HistoryKind<Survey> SURVEYS = new HistoryKind<>(Survey.class,
            (fields, now) -> {
                List<RecordSurveyInput.DimensionRatingInput> dimensions = fields.named("dimensions.").keySet().stream()
                        .sorted()
                        .map(name -> new RecordSurveyInput.DimensionRatingInput(name, fields.number("dimensions." + name)))
                        .toList();
                Survey survey = new RecordSurveyInput(null, fields.instant("answeredAt"), fields.integer("nps"),
                        fields.integer("csat"), fields.integer("ces"), dimensions, fields.text("comment"),
                        kanoAnswers(fields)).toSurvey(now);
                return withExternalId(survey, externalId(fields));
            },
            (survey, customerId) -> new Survey(survey.id(), customerId, survey.answeredAt(), survey.nps(), survey.csat(),
                    survey.ces(), survey.dimensions(), survey.comment(), survey.recordedAt(), survey.kano(), survey.externalId()),
            survey -> new Survey(null, survey.customerId(), survey.answeredAt(), survey.nps(), survey.csat(),
                    survey.ces(), survey.dimensions(), survey.comment(), null, survey.kano(), survey.externalId()),
            Survey::externalId,
            Survey::customerId,
            (update, surveys) -> update);

    static final HistoryKind<Interaction> INTERACTIONS = new HistoryKind<>(Interaction.class,
            (fields, now) -> {
                Interaction read = new RecordInteractionInput(null, fields.instant("openedAt"),
                        fields.instant("resolvedAt"), fields.text("channel"), fields.constant("kind", InteractionKind.class),
                        fields.constant("outcome", InteractionOutcome.class), fields.text("subject")).toInteraction(now);
                return new Interaction(null, null, read.openedAt(), read.resolvedAt(), read.channel(), read.kind(),
                        read.outcome(), read.subject(), now, externalId(fields));
            },
            (it, customerId) -> new Interaction(it.id(), customerId, it.openedAt(), it.resolvedAt(), it.channel(),
                    it.kind(), it.outcome(), it.subject(), it.recordedAt(), it.externalId()),
            it -> new Interaction(null, it.customerId(), it.openedAt(), it.resolvedAt(), it.channel(), it.kind(),
                    it.outcome(), it.subject(), null, it.externalId()),
            Interaction::externalId,
            Interaction::customerId,
            (update, interactions) -> update);

    /**
     * Kano answer pairs from columns {@code kano.<attribute>} holding {@code FUNCTIONAL/DYSFUNCTIONAL}, e.g.
     * {@code kano.fast_delivery = LIKE/DISLIKE} (in NDJSON also {@code "kano": {"fast_delivery": "LIKE/DISLIKE"}}).
     */
    private static List<KanoAnswer> kanoAnswers(Fields fields) {
        return fields.named("kano.").entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> {
            String column = "kano." + entry.getKey();
            String[] pair = entry.getValue().split("/", -1);
            if (pair.length != 2) {
                throw new RowRejected(column + ": '" + entry.getValue() + "' is not a FUNCTIONAL/DYSFUNCTIONAL pair of "
                        + Arrays.stream(KanoResponse.values()).map(Enum::name).collect(Collectors.joining(", "))
                        + ", e.g. LIKE/DISLIKE");
            }
            return new KanoAnswer(entry.getKey(), Fields.response(column + " (functional)", pair[0]),
                    Fields.response(column + " (dysfunctional)", pair[1]));
        }).toList();
    }

    private static Survey withExternalId(Survey survey, String externalId) {
        return new Survey(null, null, survey.answeredAt(), survey.nps(), survey.csat(), survey.ces(),
                survey.dimensions(), survey.comment(), survey.recordedAt(), survey.kano(), externalId);
    }

    /** The row's external id, checked (orders check theirs in {@code RecordOrderInput}). */
    static String externalId(Fields fields) {
        String externalId = fields.text("externalId");
        if (externalId == null || !EXTERNAL_ID.matcher(externalId).matches()) {
            throw new RowRejected("externalId: must be 1-100 letters, digits or . _ : -"
                    + (externalId == null ? " (it is required)" : ""));
        }
        return externalId;
    }
}
