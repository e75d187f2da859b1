package io.customerlens.store;

/**
 * Work that must be done on the store before the server serves from it, after its indexes exist: for example,
 * completing writes that a crash interrupted. Steps run in {@link org.springframework.core.annotation.Order} order,
 * once; if the store is down, {@link StoreStartup} retries them until it answers. A step must be harmless to repeat.
 */
public interface StoreStartupStep {

    /** @return what the step does, for the log */
    String description();

    void run();
}
