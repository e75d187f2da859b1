package io.customerlens.snapshot;

import io.customerlens.scoring.ModelRegistry;
import io.customerlens.scoring.UnknownModelException;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.support.DaemonThreads;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.concurrent.ConcurrentTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Starts a snapshot of every customer with {@code customerlens.snapshots.models} at each time of
 * {@code customerlens.snapshots.schedule} (UTC), requested by {@value #REQUESTED_BY}. A scheduled time that finds
 * a snapshot running is skipped, with a log line; so is one whose models are not (or no longer) valid.
 */
@Component
class SnapshotSchedule implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SnapshotSchedule.class);
    static final String REQUESTED_BY = "schedule";
    private static final String ARGUMENT = "customerlens.snapshots.models";

    private final SnapshotProperties properties;
    private final SnapshotJobs jobs;
    private final ModelChoices choices;
    private final ModelRegistry registry;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("snapshot-schedule"));

    SnapshotSchedule(SnapshotProperties properties, SnapshotJobs jobs, ModelChoices choices, ModelRegistry registry) {
        this.properties = properties;
        this.jobs = jobs;
        this.choices = choices;
        this.registry = registry;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.scheduled()) {
            return;
        }
        new ConcurrentTaskScheduler(timer).schedule(this::runScheduled,
                new CronTrigger(properties.schedule(), ZoneOffset.UTC));
        log.info("Snapshots scheduled at '{}' (UTC) with {}", properties.schedule(), properties.models());
        try {
            choices.check(configuredChoices(), ARGUMENT);
        } catch (RuntimeException e) {
            log.error("Scheduled snapshots will not start until this is fixed: {}", e.getMessage());
        }
    }

    /** @return the snapshot started, or null if none could start (logged) */
    Snapshot runScheduled() {
        try {
            return jobs.start(choices.check(configuredChoices(), ARGUMENT), null, REQUESTED_BY);
        } catch (SnapshotRunningException e) {
            log.warn("Scheduled snapshot skipped: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Scheduled snapshot not started: {}", e.getMessage());
        }
        return null;
    }

    /** Configured parameter values are text; each is read as the type its parameter declares. */
    List<ModelChoice> configuredChoices() {
        return properties.models().stream().map(model -> new ModelChoice(model.model(), typed(model))).toList();
    }

    private Map<String, Object> typed(SnapshotProperties.ScheduledModel model) {
        List<ParameterSpec> specs;
        try {
            specs = registry.get(model.model()).descriptor().parameters();
        } catch (UnknownModelException e) {
            return Map.copyOf(model.params()); // checking the choice reports the unknown model
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        model.params().forEach((name, text) -> typed.put(name, specs.stream().filter(spec -> spec.name().equals(name))
                .findFirst().map(spec -> read(spec, text)).orElse(text)));
        return typed;
    }

    /** @return the text as the parameter's type, or the text itself, which checking then refuses with what is allowed */
    static Object read(ParameterSpec spec, String text) {
        String value = text.strip();
        try {
            return switch (spec.type()) {
                case INTEGER -> Integer.valueOf(value);
                case DECIMAL -> Double.valueOf(value);
                case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
                        ? Boolean.valueOf(value) : text;
                case CHOICE -> text;
            };
        } catch (NumberFormatException e) {
            return text;
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
