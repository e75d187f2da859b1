package io.customerlens.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes writes that span documents safe without transactions: {@link #around} stores a {@link WriteIntent} before
 * the first write and removes it after the last. A note whose write failed or whose server crashed stays behind, and
 * {@link #recoverAbandoned} completes what it names with the {@link Completion} of its kind (at start-up, before an
 * import, and in {@code repairSummaries}). Completions are idempotent, so a crash during recovery is recovered from
 * the same way.
 */
@Component
public class WriteIntents {

    private static final Logger log = LoggerFactory.getLogger(WriteIntents.class);

    private final WriteIntentStore store;
    private final Clock clock;
    private final DataVersionProperties properties;
    private final ObjectProvider<Completion> completions;
    /** Notes of writes this server is doing right now. */
    private final Set<String> live = ConcurrentHashMap.newKeySet();

    WriteIntents(WriteIntentStore store, Clock clock, DataVersionProperties properties,
                 ObjectProvider<Completion> completions) {
        this.store = store;
        this.clock = clock;
        this.properties = properties;
        this.completions = completions;
    }

    /** How the writes of one kind are completed for the customers an abandoned note names. */
    public interface Completion {

        WriteIntent.Kind kind();

        /**
         * Completes the write for these customers; must be harmless when it was complete already.
         *
         * @param busy customers that writes still under way name, to be left alone for now
         * @return the customers left for later
         */
        List<String> complete(List<String> customerIds, Set<String> busy);
    }

    /**
     * Runs a write that changes these customers' documents in several steps, under a note that is removed once the
     * write returns. If it throws, the note stays for {@link #recoverAbandoned}.
     */
    public <T> T around(WriteIntent.Kind kind, Collection<String> customerIds, Supplier<T> write) {
        WriteIntent intent = store.insert(new WriteIntent(null, kind, List.copyOf(customerIds), clock.instant()));
        live.add(intent.id());
        try {
            T result = write.get();
            store.remove(intent.id());
            return result;
        } finally {
            live.remove(intent.id());
        }
    }

    /**
     * Completes the writes whose notes were abandoned: not this server's writes under way, and, when several servers
     * share the store, older than {@code customerlens.data-version.write-timeout} (the writer is taken for dead).
     * A note whose customers a write under way also names keeps them for a later recovery.
     *
     * @return the notes completed
     */
    public List<WriteIntent> recoverAbandoned() {
        Instant cutoff = cutoff();
        Map<WriteIntent.Kind, Completion> byKind = completions.orderedStream()
                .collect(Collectors.toMap(Completion::kind, completion -> completion));
        List<WriteIntent> notes = store.oldestFirst();
        Set<String> busy = new HashSet<>();
        List<WriteIntent> abandoned = new ArrayList<>();
        for (WriteIntent note : notes) {
            if (underWay(note, cutoff)) {
                busy.addAll(note.customerIds());
            } else {
                abandoned.add(note);
            }
        }
        List<WriteIntent> completed = new ArrayList<>();
        for (WriteIntent note : abandoned) {
            Completion completion = byKind.get(note.kind());
            if (completion == null) {
                log.warn("No completion for the abandoned {} write {}; it is kept", note.kind(), note.id());
                continue;
            }
            List<String> notYet = completion.complete(note.customerIds(), busy);
            if (notYet.isEmpty()) {
                store.remove(note.id());
                completed.add(note);
            } else {
                store.keepOnly(note.id(), notYet);
            }
        }
        return completed;
    }

    /** @return the customers that writes under way name (this server's, or recent ones of servers sharing the store) */
    public Set<String> customersInFlight() {
        Instant cutoff = cutoff();
        Set<String> customers = new HashSet<>();
        for (WriteIntent note : store.oldestFirst()) {
            if (underWay(note, cutoff)) {
                customers.addAll(note.customerIds());
            }
        }
        return customers;
    }

    /**
     * @return the start time after which another server's note may still be its write under way: none for a single
     *         server (every note not its own is abandoned), {@code write-timeout} ago when servers share the store
     */
    private Instant cutoff() {
        return properties.shared() ? clock.instant().minus(properties.writeTimeout()) : clock.instant();
    }

    private boolean underWay(WriteIntent note, Instant cutoff) {
        return live.contains(note.id()) || note.startedAt().isAfter(cutoff);
    }
}
