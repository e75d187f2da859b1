package io.customerlens.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/**
 * RFM transitions between two snapshots, with orders changed in between.
 *
 * <p>Snapshot A: the population of {@link SnapshotTestSupport} plus q9 (joined 2023-01-01, no orders): c1
 * champions, c2 loyal, c3 need-attention, c4 hibernating, c5 lost, p6, p7, q9 prospect.
 *
 * <p>Then c5 orders 100 at 2, 12, 22, 32 and 42 days ago (6 orders, 600, last 2 days ago), p6 orders 100 10 days
 * ago, p7 orders 150 at 90 and 180 days ago, and p8 (joined 2025-01-01, no orders) is created. Snapshot B scores
 * the customers joined from 2024-01-01 on: all but q9. Its 7 buyers give quintile cut points (type 7,
 * h = 6p = 1.2, 2.4, 3.6, 4.8):
 * <ul>
 * <li>recency [2, 5, 10, 30, 60, 90, 120] -> 6, 18, 48, 84: c5 and c1 R5, p6 R4, c2 R3, c3 R2, p7 and c4 R1;</li>
 * <li>orders [1, 2, 2, 3, 4, 5, 6] -> 2, 2.4, 3.6, 4.8: c5 and c1 F5, c2 F4, c3 F3, p7 and c4 F1 (2 is not above
 * the cut point 2), p6 F1;</li>
 * <li>spend [100, 200, 300, 300, 400, 500, 600] -> 220, 300, 360, 480: c5 and c1 M5, c2 M4, c3 and p7 M2, c4 and
 * p6 M1.</li>
 * </ul>
 * FM = round half up of (F + M) / 2: c5 5, c1 5, c2 4, c3 3 (2.5), p7 2 (1.5), c4 1, p6 1. Grid: c5 champions,
 * c1 champions, c2 loyal (R3 FM4), c3 at-risk (R2 FM3), c4 lost (R1 FM1), p6 promising (R4 FM1), p7 hibernating
 * (R1 FM2), p8 prospect.
 *
 * <p>A -> B: c1 and c2 stay; c3 (6 -> 8) and c4 (10 -> 11) move down; c5 (11 -> 1), p6 (12 -> 5) and p7
 * (12 -> 10) move up; q9 is only in A, p8 only in B.
 */
class SegmentTransitionsTest extends SnapshotTestSupport {

    private String a;
    private String b;

    @BeforeEach
    void twoSnapshots() {
        List<String> ids = population();
        fixtures.customer("Q-9", LocalDate.parse("2023-01-01"));
        a = completed(List.of(model("rfm")), null);

        for (int days : new int[] {2, 12, 22, 32, 42}) {
            fixtures.order(ids.get(4), NOW.minus(Duration.ofDays(days)), 100);
        }
        fixtures.order(ids.get(5), NOW.minus(Duration.ofDays(10)), 100);
        fixtures.order(ids.get(6), NOW.minus(Duration.ofDays(90)), 150);
        fixtures.order(ids.get(6), NOW.minus(Duration.ofDays(180)), 150);
        fixtures.customer("P-8", LocalDate.parse("2025-01-01"));
        b = completed(List.of(model("rfm"), model("behavioural")), Map.of("joinedFrom", "2024-01-01"));
    }

    @Test
    void countsEveryMoveBetweenTheSnapshots() {
        graphQl.documentName("segmentTransitions").variable("model", "rfm").variable("from", a).variable("to", b)
                .execute()
                .path("segmentTransitions.model.id").entity(String.class).isEqualTo("rfm")
                .path("segmentTransitions.model.params.bins").entity(Integer.class).isEqualTo(5)
                .path("segmentTransitions.from.id").entity(String.class).isEqualTo(a)
                .path("segmentTransitions.to.id").entity(String.class).isEqualTo(b)
                .path("segmentTransitions.rows[*].code").entityList(String.class)
                .containsExactly("champions", "loyal", "need-attention", "hibernating", "lost", "prospect")
                .path("segmentTransitions.rows[*].rank").entityList(Integer.class).containsExactly(1, 2, 6, 10, 11, 12)
                .path("segmentTransitions.rows[2].label").entity(String.class).isEqualTo("Need Attention")
                .path("segmentTransitions.columns[*].code").entityList(String.class)
                .containsExactly("champions", "loyal", "promising", "at-risk", "hibernating", "lost")
                .path("segmentTransitions.columns[*].label").entityList(String.class)
                .containsExactly("Champions", "Loyal", "Promising", "At Risk", "Hibernating", "Lost")
                .path("segmentTransitions.counts").entity(List.class).isEqualTo(List.of(
                        List.of(1, 0, 0, 0, 0, 0),   // champions: c1 stays
                        List.of(0, 1, 0, 0, 0, 0),   // loyal: c2 stays
                        List.of(0, 0, 0, 1, 0, 0),   // need-attention: c3 -> at-risk
                        List.of(0, 0, 0, 0, 0, 1),   // hibernating: c4 -> lost
                        List.of(1, 0, 0, 0, 0, 0),   // lost: c5 -> champions
                        List.of(0, 0, 1, 0, 1, 0)))  // prospect: p6 -> promising, p7 -> hibernating
                .path("segmentTransitions.inBoth").entity(Integer.class).isEqualTo(7)
                .path("segmentTransitions.stayed").entity(Integer.class).isEqualTo(2)
                .path("segmentTransitions.movedUp").entity(Integer.class).isEqualTo(3)
                .path("segmentTransitions.movedDown").entity(Integer.class).isEqualTo(2)
                .path("segmentTransitions.onlyInFrom").entity(Integer.class).isEqualTo(1)
                .path("segmentTransitions.onlyInTo").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void backwardsEveryMoveIsReversed() {
        graphQl.documentName("segmentTransitions").variable("model", "rfm").variable("from", b).variable("to", a)
                .execute()
                .path("segmentTransitions.rows[*].code").entityList(String.class)
                .containsExactly("champions", "loyal", "promising", "at-risk", "hibernating", "lost")
                .path("segmentTransitions.stayed").entity(Integer.class).isEqualTo(2)
                .path("segmentTransitions.movedUp").entity(Integer.class).isEqualTo(2)
                .path("segmentTransitions.movedDown").entity(Integer.class).isEqualTo(3)
                .path("segmentTransitions.onlyInFrom").entity(Integer.class).isEqualTo(1)
                .path("segmentTransitions.onlyInTo").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void refusesWhatItCannotCompareNamingTheArgument() {
        String unknown = "64b7f0c2a1b2c3d4e5f60718";
        refused("rfm", null, unknown, b, "from: no snapshot with id '" + unknown + "'");
        refused("rfm", null, a, "nope", "to: no snapshot with id 'nope'");
        refused("behavioural", null, b, b,
                "model: 'behavioural' is a loyalty model; segmentTransitions needs a segmentation model");
        refused("rfm", Map.of("bins", 3), a, b, "from: snapshot " + a + " did not score rfm {bins=3, scheme=standard, "
                + "weightF=1.0, weightM=1.0, weightR=1.0}; it scored rfm {bins=5, scheme=standard, weightF=1.0, "
                + "weightM=1.0, weightR=1.0}");
        refused("rfm", Map.of("bins", 9), a, b, "params: model 'rfm': parameter 'bins' is 9; allowed: an integer "
                + "from 3 to 5");
        refused("rfn", null, a, b, "model: unknown model 'rfn'; available: ");
    }

    private void refused(String model, Map<String, Object> params, String from, String to, String message) {
        graphQl.documentName("segmentTransitions").variable("model", model).variable("params", params)
                .variable("from", from).variable("to", to).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).startsWith(message);
                }));
    }
}
