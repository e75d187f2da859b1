package io.customerlens.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down key guessing: an address that sent {@code limit} wrong API keys within {@code window} is refused (429,
 * Retry-After) for {@code backoff}, whatever key it sends, before any key is checked
 * ({@code customerlens.security.wrong-keys.*}). Addresses are the connection's, or the forwarded client's when
 * {@code server.forward-headers-strategy} is set behind a proxy.
 */
@Component
class WrongKeyThrottle {

    private final SecurityProperties.WrongKeys limits;
    private final LongSupplier nanoTime;
    private final Cache<String, Attempts> byAddress;

    @Autowired
    WrongKeyThrottle(SecurityProperties properties) {
        this(properties.wrongKeys(), System::nanoTime);
    }

    WrongKeyThrottle(SecurityProperties.WrongKeys limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
        this.byAddress = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterAccess(limits.window().plus(limits.backoff())).build();
    }

    /** @return how long the address must still wait, or {@link Duration#ZERO} when it may send a key */
    Duration backoff(String address) {
        Attempts attempts = byAddress.getIfPresent(address);
        return attempts == null ? Duration.ZERO : attempts.remaining(nanoTime.getAsLong());
    }

    /** Counts a wrong key from the address. */
    void wrongKey(String address) {
        byAddress.get(address, any -> new Attempts()).failed(nanoTime.getAsLong(), limits);
    }

    /** Wrong keys of one address in its current window, and when its backoff ends. */
    private static final class Attempts {
        private long windowStart;
        private int failures;
        private long blockedUntil;
        private boolean blocked;

        synchronized void failed(long now, SecurityProperties.WrongKeys limits) {
            if (failures == 0 || now - windowStart > limits.window().toNanos()) {
                windowStart = now;
                failures = 0;
            }
            failures++;
            if (failures >= limits.limit()) {
                blocked = true;
                blockedUntil = now + limits.backoff().toNanos();
                failures = 0;
            }
        }

        synchronized Duration remaining(long now) {
            return blocked && blockedUntil - now > 0 ? Duration.ofNanos(blockedUntil - now) : Duration.ZERO;
        }
    }
}
