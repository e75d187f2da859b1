package io.customerlens.segmentchange;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Hands segment changes to the subscriptions open now. A subscriber that cannot keep up misses changes rather than
 * holding up the others. When the server stops, the streams complete before the web server's graceful shutdown
 * begins, so open subscriptions (an SSE response is a request in progress) do not hold it up; a restarted context
 * (the test framework pauses idle ones) opens new streams.
 */
@Component
public class SegmentChangeBus implements SmartLifecycle {

    private volatile Sinks.Many<SegmentChange> sink = Sinks.many().multicast().directBestEffort();
    private volatile boolean running;

    /** Called from one thread only (the watcher's); with no subscriber the change goes nowhere. */
    @EventListener
    void publish(SegmentChange change) {
        sink.tryEmitNext(change);
    }

    /** @return the changes published from the moment of subscribing on */
    public Flux<SegmentChange> changes() {
        return Flux.defer(() -> sink.asFlux());
    }

    @Override
    public void start() {
        if (!running) {
            sink = Sinks.many().multicast().directBestEffort();
            running = true;
        }
    }

    @Override
    public void stop() {
        running = false;
        sink.tryEmitComplete();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
