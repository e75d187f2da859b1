package io.customerlens.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customerlens.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A batch in id order is read by its id range on the embedded store: the orders of a customer whose id lies between
 * two of the batch are not handed out, and each customer's orders stay oldest first. Out of order, the batch is read
 * by {@code $in}, with the same answer.
 */
class HistoryStoreTest extends IntegrationTest {

    @Autowired
    private HistoryStore history;

    @Test
    void aBatchGetsItsOwnOrdersOnlyWhetherReadByRangeOrByList() {
        List<String> ids = Stream.of("H-1", "H-2", "H-3")
                .map(externalId -> fixtures.customer(externalId, LocalDate.parse("2024-01-01"))).sorted().toList();
        for (String id : ids) {
            fixtures.order(id, Instant.parse("2025-03-01T10:00:00Z"), 30);
            fixtures.order(id, Instant.parse("2025-01-01T10:00:00Z"), 10);
        }
        String first = ids.get(0);
        String between = ids.get(1);
        String last = ids.get(2);

        for (List<String> batch : List.of(List.of(first, last), List.of(last, first))) {
            Map<String, List<Order>> orders = history.orders(batch);
            assertThat(orders).containsOnlyKeys(first, last);
            assertThat(orders.values()).allSatisfy(list -> assertThat(list).extracting(Order::orderedAt)
                    .containsExactly(Instant.parse("2025-01-01T10:00:00Z"), Instant.parse("2025-03-01T10:00:00Z")));
            assertThat(orders.values().stream().flatMap(List::stream)).noneMatch(order -> order.customerId().equals(between));
        }
    }

    @Test
    void aWalkHandsEachBatchItsOwnHistoryFromOneCursorPerKind() {
        List<String> ids = Stream.of("W-1", "W-2", "W-3", "W-4", "W-5")
                .map(externalId -> fixtures.customer(externalId, LocalDate.parse("2024-01-01"))).sorted().toList();
        for (int i = 0; i < ids.size(); i++) {
            fixtures.order(ids.get(i), Instant.parse("2025-03-01T10:00:00Z"), 30 + i);
            fixtures.order(ids.get(i), Instant.parse("2025-01-01T10:00:00Z"), 10 + i);
            fixtures.order(ids.get(i), Instant.parse("2025-03-01T10:00:00Z"), 50 + i); // same time: by id
            fixtures.survey(ids.get(i), Instant.parse("2025-02-01T10:00:00Z"), 9, null);
        }
        // Batches as a filtered population hands them over: W-2 is not part of it, W-5 comes last on its own.
        List<List<String>> batches = List.of(List.of(ids.get(0)), List.of(ids.get(2), ids.get(3)), List.of(ids.get(4)));
        try (HistoryWalk walk = history.walk()) {
            for (List<String> batch : batches) {
                Map<String, List<Order>> walked = walk.orders(batch);
                assertThat(walked).isEqualTo(history.orders(batch));
                assertThat(walked).containsOnlyKeys(batch);
                assertThat(walked.values()).allSatisfy(list -> assertThat(list).hasSize(3));
                if (batch.size() == 2) { // surveys asked for from the second batch on: the cursor opens there
                    assertThat(walk.surveys(batch)).isEqualTo(history.surveysForModels(batch));
                }
            }
            assertThatThrownBy(() -> walk.orders(List.of(ids.get(1))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must ascend");
        }
    }

    @Test
    void modelsReadSurveysWithoutTheirKanoAnswers() {
        String id = fixtures.customer("K-1", LocalDate.parse("2024-01-01"));
        mongo.insert(new Survey(null, id, Instant.parse("2025-02-01T10:00:00Z"), 9, null, null, Map.of(), null,
                Instant.parse("2025-02-01T10:00:00Z"), List.of(new KanoAnswer("free-returns", KanoResponse.LIKE,
                KanoResponse.DISLIKE)), null));

        assertThat(history.surveys(List.of(id)).get(id)).singleElement()
                .satisfies(survey -> assertThat(survey.kano()).hasSize(1));
        assertThat(history.surveysForModels(List.of(id)).get(id)).singleElement().satisfies(survey -> {
            assertThat(survey.kano()).isEmpty();
            assertThat(survey.nps()).isEqualTo(9);
        });
    }
}
