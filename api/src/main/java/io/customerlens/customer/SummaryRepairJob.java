package io.customerlens.customer;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A run of {@code repairSummaries}: which customers, how far it got and what it corrected.
 *
 * @param id          the job's id
 * @param state       RUNNING until it ends COMPLETED or FAILED
 * @param customers   how many customers it checks
 * @param checked     customers checked so far
 * @param repaired    summaries corrected so far
 * @param leftBusy    customers skipped because a write to them was under way; run it again for them
 * @param requestedBy the API key name that started it
 * @param startedAt   when it started
 * @param finishedAt  when it ended, or null
 * @param error       why it FAILED, or null
 */
@Document(SummaryRepairJob.COLLECTION)
public record SummaryRepairJob(@Id String id, State state, long customers, long checked, long repaired, long leftBusy,
                               String requestedBy, Instant startedAt, Instant finishedAt, String error) {

    static final String COLLECTION = "repair_jobs";

    /** Where a repair is. */
    public enum State { RUNNING, COMPLETED, FAILED }
}
