/**
 * The HTTP load client: pages through the customers of a running server with GraphQL or with the plain JSON endpoint,
 * from N concurrent clients, and reports throughput and latency percentiles (see bench/load/run.sh).
 */
package io.customerlens.bench.load;
