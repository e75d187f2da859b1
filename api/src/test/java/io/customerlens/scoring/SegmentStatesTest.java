package io.customerlens.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A batch's first segments are inserted together; one that another writer stored after the batch read its memory is
 * refused as a duplicate and written as an upsert instead, so the batch's segment wins and nothing fails.
 */
class SegmentStatesTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-01-02");

    @Autowired
    private SegmentStates states;

    @Test
    void aFirstSegmentStoredMeanwhileByAnotherWriterIsOverwrittenNotFailed() {
        String raced = fixtures.customer("R-1", LocalDate.parse("2024-01-01"));
        String fresh = fixtures.customer("R-2", LocalDate.parse("2024-01-01"));
        SegmentMemory batch = states.prefetch(List.of(raced, fresh), "value-tier", "p");

        states.record(raced, "value-tier", "p", null, "gold", TODAY); // the other writer, after the batch's read
        batch.record(states, raced, "value-tier", "p", null, "silver", TODAY);
        batch.record(states, fresh, "value-tier", "p", null, "bronze", TODAY);
        batch.flush();

        assertThat(code(raced)).isEqualTo("silver");
        assertThat(code(fresh)).isEqualTo("bronze");
    }

    private String code(String customerId) {
        Document state = mongo.getCollection(SegmentStates.COLLECTION)
                .find(new Document("_id", customerId + "|value-tier|p")).first();
        return state == null ? null : state.getString("code");
    }
}
