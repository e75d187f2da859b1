package io.customerlens.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A score snapshot run and its progress. Only the run itself changes it, after each batch and at its end; a
 * finished snapshot is never changed again, nor are its scores overwritten.
 *
 * @param id              id; ids grow with start time, so they order snapshots newest last
 * @param models          the models scored
 * @param filter          the customer filter as given, null for all customers
 * @param state           where the run is
 * @param total           customers matching the filter at the start
 * @param done            customers handled, failed ones included
 * @param failed          customers at least one model failed on
 * @param failures        the first few failure messages
 * @param cancelRequested whether a cancel was asked for
 * @param startedAt       start time
 * @param finishedAt      end time, null while running
 * @param ratePerSecond   customers handled per second of the run so far
 * @param requestedBy     the API key name that started it, or {@code schedule}
 * @param error           why it failed
 */
@Document(Snapshot.COLLECTION)
public record Snapshot(@Id String id, List<SnapshotModel> models, Map<String, Object> filter, SnapshotState state,
                       long total, long done, long failed, List<String> failures, boolean cancelRequested,
                       Instant startedAt, Instant finishedAt, Double ratePerSecond, String requestedBy,
                       String error) {

    public static final String COLLECTION = "snapshots";

    public Snapshot {
        models = models == null ? List.of() : List.copyOf(models);
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    /** @return the model with these parameters, or null if this snapshot did not score it */
    SnapshotModel scored(ModelKey key) {
        return models.stream().filter(model -> model.is(key)).findFirst().orElse(null);
    }
}
