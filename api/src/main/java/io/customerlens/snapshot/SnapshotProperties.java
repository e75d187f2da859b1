package io.customerlens.snapshot;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * Score snapshot settings ({@code customerlens.snapshots.*}).
 *
 * @param batchSize customers scored and stored per batch: bounds the memory a run holds
 * @param schedule  a Spring cron expression (six fields, UTC) for scheduled snapshots; {@code -} for none
 * @param models    the models scheduled snapshots score
 */
@ConfigurationProperties("customerlens.snapshots")
public record SnapshotProperties(@DefaultValue("500") int batchSize,
                                 @DefaultValue("-") String schedule,
                                 List<ScheduledModel> models) {

    /** The value of {@link #schedule} that turns scheduled snapshots off. */
    static final String OFF = "-";

    public SnapshotProperties {
        models = models == null ? List.of() : List.copyOf(models);
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("customerlens.snapshots.batch-size must be from 1 to 10000, got " + batchSize);
        }
        if (!OFF.equals(schedule)) {
            if (!CronExpression.isValidExpression(schedule)) {
                throw new IllegalArgumentException("customerlens.snapshots.schedule must be a Spring cron expression "
                        + "(second minute hour day month weekday, e.g. '0 0 2 * * *') or '-', got '" + schedule + "'");
            }
            if (models.isEmpty()) {
                throw new IllegalArgumentException("customerlens.snapshots.models must list at least one model "
                        + "when customerlens.snapshots.schedule is set");
            }
        }
    }

    /** @return whether snapshots run on a schedule */
    boolean scheduled() {
        return !OFF.equals(schedule);
    }

    /**
     * A model scheduled snapshots score. Parameter values are text in configuration; they are read by the type
     * each parameter declares.
     *
     * @param model  the model id
     * @param params parameter values by name
     */
    public record ScheduledModel(String model, Map<String, String> params) {

        public ScheduledModel {
            params = params == null ? Map.of() : Map.copyOf(params);
        }
    }
}
