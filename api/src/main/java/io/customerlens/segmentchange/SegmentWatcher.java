package io.customerlens.segmentchange;

import io.customerlens.customer.ChangeCause;
import io.customerlens.customer.Customer;
import io.customerlens.customer.Customers;
import io.customerlens.customer.CustomersWritten;
import io.customerlens.scoring.BatchScoring;
import io.customerlens.scoring.ModelRegistry;
import io.customerlens.scoring.SegmentStates;
import io.customerlens.scoring.SegmentView;
import io.customerlens.scoring.SegmentsAssigned;
import io.customerlens.sdk.PreviousSegment;
import io.customerlens.support.DaemonThreads;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Finds segment changes: after a write, scores the customers it touched under every watched model choice; after a
 * snapshot batch, takes the segments it assigned. Each is compared with the segment last known for the customer and
 * choice ({@link WatchedSegments}, or for a customer not seen before, the segment memory of a model that keeps one);
 * a difference is published as an application event ({@link SegmentChangeBus} and webhooks listen). A customer
 * with no known segment is NEW after a write; a snapshot only learns their segment. The work runs on one background
 * thread, in the order of the writes, so a write never waits for it.
 */
@Component
class SegmentWatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SegmentWatcher.class);

    private final SegmentWatches watches;
    private final Customers customers;
    private final BatchScoring scoring;
    private final SegmentStates memory;
    private final ModelRegistry registry;
    private final WatchedSegments known;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(DaemonThreads.named("segment-watcher"));

    SegmentWatcher(SegmentWatches watches, Customers customers, BatchScoring scoring, SegmentStates memory,
                   ModelRegistry registry, WatchedSegments known, ApplicationEventPublisher events, MeterRegistry meters, Clock clock) {
        this.watches = watches;
        this.customers = customers;
        this.scoring = scoring;
        this.memory = memory;
        this.registry = registry;
        this.known = known;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
    }

    @EventListener
    void written(CustomersWritten written) {
        List<BatchScoring.Choice> choices = watches.active();
        if (!choices.isEmpty()) {
            executor.execute(() -> guarded(() -> rescore(written, choices)));
        }
    }

    @EventListener
    void assigned(SegmentsAssigned assigned) {
        if (!watches.active().isEmpty()) {
            executor.execute(() -> guarded(() -> compareAssigned(assigned)));
        }
    }

    private void rescore(CustomersWritten written, List<BatchScoring.Choice> choices) {
        List<Customer> touched = customers.findAll(written.customerIds());
        if (touched.isEmpty()) {
            return;
        }
        List<String> ids = touched.stream().map(Customer::id).toList();
        List<Map<String, SegmentPosition>> before = new ArrayList<>();
        for (BatchScoring.Choice choice : choices) {
            before.add(previous(WatchKey.of(choice.model().id(), choice.reference().params()), ids));
        }
        List<BatchScoring.Scored> scored = scoring.score(touched, choices, true);
        for (int c = 0; c < choices.size(); c++) {
            Map<String, SegmentView> now = new LinkedHashMap<>();
            for (BatchScoring.Scored customer : scored) {
                if (customer.results().get(c) instanceof SegmentView segment) {
                    now.put(customer.customer().id(), segment);
                }
            }
            BatchScoring.Choice choice = choices.get(c);
            compare(WatchKey.of(choice.model().id(), choice.reference().params()), before.get(c), now, written.cause());
        }
    }

    private void compareAssigned(SegmentsAssigned assigned) {
        Map<WatchKey, Map<String, SegmentView>> byWatch = new LinkedHashMap<>();
        List<WatchKey> watched = watches.active().stream()
                .map(choice -> WatchKey.of(choice.model().id(), choice.reference().params())).toList();
        for (SegmentsAssigned.Assigned one : assigned.segments()) {
            WatchKey key = WatchKey.of(one.segment().model().id(), one.segment().model().params());
            if (watched.contains(key)) {
                byWatch.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(one.customerId(), one.segment());
            }
        }
        byWatch.forEach((key, now) -> compare(key, previous(key, now.keySet()), now, assigned.cause()));
    }

    /** The segments last reported; for customers without one, the memory of a model that keeps one. */
    private Map<String, SegmentPosition> previous(WatchKey key, Collection<String> ids) {
        Map<String, SegmentPosition> found = known.find(key, ids);
        for (String id : ids) {
            if (!found.containsKey(id)) {
                PreviousSegment remembered = memory.previous(id, key.model(), key.params()).join();
                if (remembered != null) {
                    found.put(id, new SegmentPosition(remembered.code(), null, 0));
                }
            }
        }
        return found;
    }

    private void compare(WatchKey key, Map<String, SegmentPosition> before, Map<String, SegmentView> now,
                         ChangeCause cause) {
        Map<String, SegmentPosition> changed = new HashMap<>();
        Instant at = clock.instant();
        now.forEach((customerId, segment) -> {
            SegmentPosition previous = before.get(customerId);
            SegmentPosition current = SegmentPosition.of(segment);
            if (previous != null && previous.code().equals(current.code())) {
                if (previous.rank() == 0) {
                    changed.put(customerId, current); // known from the model's memory only: remember it fully
                }
                return;
            }
            changed.put(customerId, current);
            if (previous == null && cause == ChangeCause.SNAPSHOT) {
                return; // a snapshot of a newly watched model learns every customer's segment: no flood of NEW
            }
            SegmentPosition from = previous == null || previous.rank() > 0 ? previous : described(previous, segment);
            meters.counter("customerlens.segment.changes", "model", key.model(), "cause", cause.name()).increment();
            events.publishEvent(new SegmentChange(customerId, key.model(), segment.model().params(), from, current,
                    Direction.between(from, current), at, cause));
        });
        known.save(key, changed, at);
    }

    /** A segment known by its code only (from a model's memory), with its label and rank from the model. */
    private SegmentPosition described(SegmentPosition previous, SegmentView now) {
        return registry.get(now.model().id()).descriptor().segments().stream()
                .filter(definition -> definition.code().equals(previous.code())).findFirst()
                .map(definition -> new SegmentPosition(definition.code(), definition.label(), definition.rank()))
                .orElse(new SegmentPosition(previous.code(), previous.code(), 0));
    }

    private static void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Could not look for segment changes after a write: {}", e.toString(), e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
