package io.customerlens.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhooks ({@code customerlens.webhooks}).
 *
 * @param allowedHosts   the hosts webhooks may call: a name ({@code crm.example.com}) or every subdomain of one
 *                       ({@code *.example.com}); empty (the default) allows none
 * @param allowLoopback  whether an allowed host may resolve to a loopback address (for tests and local trials only)
 * @param maxAttempts    attempts of one delivery before it is dead-lettered
 * @param initialBackoff the wait before the first retry; each further retry waits twice as long
 * @param maxBackoff     the longest wait between two attempts
 * @param timeout        how long one attempt may take, connection included
 */
@ConfigurationProperties("customerlens.webhooks")
public record WebhookProperties(@DefaultValue List<String> allowedHosts, boolean allowLoopback,
                                @DefaultValue("5") int maxAttempts, @DefaultValue("10s") Duration initialBackoff,
                                @DefaultValue("10m") Duration maxBackoff, @DefaultValue("5s") Duration timeout) {

    /** @return the wait after the given failed attempt (1 for the first) */
    Duration backoff(int attempt) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
