package io.customerlens.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How population work (views that score every customer matching a filter: distributions, comparisons, tier
 * economics) shares the server, so that it never starves page queries.
 *
 * @param threads    population views running at once, whoever asks; each scores its batches on up to one thread per
 *                   core, so 1 keeps a core's worth of time for pages on a small machine
 * @param perCaller  population views one API key may have running or waiting (a document may ask for several, a page
 *                   may send several requests at once); more are refused (429)
 * @param queue      population views waiting for a thread, all keys together; more are refused (429)
 * @param deadline   how long one view may run (waiting included) before it is stopped
 * @param retryAfter what a refusal asks the client to wait ({@code Retry-After})
 */
@ConfigurationProperties("customerlens.population-work")
public record PopulationWorkProperties(@DefaultValue("1") int threads,
                                       @DefaultValue("4") int perCaller,
                                       @DefaultValue("16") int queue,
                                       @DefaultValue("2m") Duration deadline,
                                       @DefaultValue("5s") Duration retryAfter) {
}
