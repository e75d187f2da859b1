package io.customerlens.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customerlens.sdk.ParameterSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotPropertiesTest {

    private static final List<SnapshotProperties.ScheduledModel> RFM =
            List.of(new SnapshotProperties.ScheduledModel("rfm", Map.of("bins", "3")));

    @Test
    void theScheduleIsOffByDefaultAndOnWithACronExpression() {
        assertThat(new SnapshotProperties(500, "-", null).scheduled()).isFalse();
        assertThat(new SnapshotProperties(500, "0 0 2 * * *", RFM).scheduled()).isTrue();
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> new SnapshotProperties(500, "every night", RFM))
                .hasMessage("customerlens.snapshots.schedule must be a Spring cron expression (second minute hour day "
                        + "month weekday, e.g. '0 0 2 * * *') or '-', got 'every night'");
        assertThatThrownBy(() -> new SnapshotProperties(500, "0 0 2 * * *", List.of()))
                .hasMessage("customerlens.snapshots.models must list at least one model when "
                        + "customerlens.snapshots.schedule is set");
        assertThatThrownBy(() -> new SnapshotProperties(0, "-", null))
                .hasMessage("customerlens.snapshots.batch-size must be from 1 to 10000, got 0");
    }

    @Test
    void configuredParameterTextIsReadAsTheDeclaredType() {
        assertThat(SnapshotSchedule.read(ParameterSpec.integer("bins", "", 5, 3, 5), " 3 ")).isEqualTo(3);
        assertThat(SnapshotSchedule.read(ParameterSpec.decimal("w", "", 1, 0, 10), "0.5")).isEqualTo(0.5);
        assertThat(SnapshotSchedule.read(ParameterSpec.bool("b", "", false), "TRUE")).isEqualTo(true);
        assertThat(SnapshotSchedule.read(ParameterSpec.choice("s", "", "a", "a", "b"), "b")).isEqualTo("b");
        // Left as text, which the parameter check then refuses with what is allowed.
        assertThat(SnapshotSchedule.read(ParameterSpec.integer("bins", "", 5, 3, 5), "three")).isEqualTo("three");
        assertThat(SnapshotSchedule.read(ParameterSpec.bool("b", "", false), "yes")).isEqualTo("yes");
    }
}
