/**
 * Benchmarks: JMH benchmarks of the models' pure scoring path (no server, no store), and the HTTP load client in
 * {@link io.customerlens.bench.load}. Figures and commands are in docs/performance.md.
 */
package io.customerlens.bench;
