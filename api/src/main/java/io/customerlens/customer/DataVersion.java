package io.customerlens.customer;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts writes to customer data, so that population-wide figures computed from the data (such as RFM quantiles)
 * know when to be recomputed. Per-customer results use the customer's own {@code revision} instead.
 *
 * <p>By default only this server's writes count. With {@code customerlens.data-version.shared}, every write also
 * increments a count in the store ({@value StoredWriteCount#COLLECTION}), and {@link #current()} reads that count
 * at most once per {@code refresh-interval}: a write through another instance changes the version here within that
 * interval. The version itself stays local and only grows; it changes whenever this server writes or sees the
 * stored count change, even if the count went backwards (a restored store).
 */
@Component
public class DataVersion {

    private static final Logger log = LoggerFactory.getLogger(DataVersion.class);

    private final AtomicLong version = new AtomicLong();
    private final StoredWriteCount stored;
    private final long refreshNanos;
    private final LongSupplier nanoTime;
    private long seen;
    private long readAt;
    private boolean read;

    /** A version of this server's writes only. */
    public DataVersion() {
        this(null, Duration.ZERO, System::nanoTime);
    }

    @Autowired
    DataVersion(DataVersionProperties properties, ObjectProvider<StoredWriteCount> stored) {
        this(properties.shared() ? stored.getObject() : null, properties.refreshInterval(),
                System::nanoTime);
    }

    DataVersion(StoredWriteCount stored, Duration refreshInterval, LongSupplier nanoTime) {
        this.stored = stored;
        this.refreshNanos = refreshInterval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** @return the current version; it changes after every write (with a shared count, within the refresh interval) */
    public long current() {
        if (stored != null) {
            refresh();
        }
        return version.get();
    }

    /** Records that customer data changed. */
    public void changed() {
        version.incrementAndGet();
        if (stored == null) {
            return;
        }
        try {
            long count = stored.increment();
            synchronized (this) {
                seen = Math.max(seen, count);
            }
        } catch (RuntimeException e) {
            // The write itself succeeded; other instances see it once the count moves again.
            log.warn("Could not count a write in the store's shared data version: {}", e.getMessage());
        }
    }

    private synchronized void refresh() {
        long now = nanoTime.getAsLong();
        if (read && now - readAt < refreshNanos) {
            return;
        }
        try {
            long count = stored.read();
            if (count != seen) {
                seen = count;
                version.incrementAndGet();
            }
        } catch (RuntimeException e) {
            log.debug("Could not read the shared data version; keeping {}: {}", version.get(), e.getMessage());
        }
        read = true;
        readAt = now;
    }
}
