package io.customerlens.segmentchange;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Hands segment changes to whoever listens now (subscriptions, webhooks). A listener that cannot keep up misses
 * changes rather than holding up the others. At shutdown the streams complete before the web server's graceful
 * shutdown begins, so open subscriptions (an SSE response is a request in progress) do not hold it up.
 */
@Component
public class SegmentChangeBus implements SmartLifecycle {

    private final Sinks.Many<SegmentChange> sink = Sinks.many().multicast().directBestEffort();
    private volatile boolean running;

    /** Called from one thread only (the watcher's); with no listener the change goes nowhere. */
    void publish(SegmentChange change) {
        sink.tryEmitNext(change);
    }

    /** @return the changes published from now on */
    public Flux<SegmentChange> changes() {
        return sink.asFlux();
    }

    @Override
    public void start() {
        running = true;
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
