package io.customerlens.bench;

import io.customerlens.plugins.lifetimevalue.BgNbdModel;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * BG/NBD: the population fit on the CDNOW 1/10 sample (2,357 customers, 39 calibration weeks; BG/NBD and the
 * Gamma-Gamma spend model, as the server fits them together), in milliseconds per fit, and the
 * per-customer prediction (purchase pattern from the orders, P(alive), expected purchases) under a fit, in
 * customer-scores per second on one thread.
 */
@State(Scope.Thread)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class LifetimeBenchmarks {

    final BgNbdModel model = new BgNbdModel();
    Parameters parameters;
    PopulationStatistics cdnow;
    CustomerSnapshot[] customers;
    ScoringContext fittedContext;
    int next;

    @Setup
    public void setUp() {
        parameters = Parameters.defaults(model.descriptor().parameters());
        cdnow = CdnowSample.statistics();
        SyntheticPopulation population = SyntheticPopulation.generate(SimpleModelBenchmarks.POPULATION, 42);
        customers = population.customers();
        // The prediction does not depend on where the fit came from: use the CDNOW one.
        fittedContext = new ScoringContext(parameters, population.statistics(), population.asOf(),
                model.fit(cdnow, parameters), null);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object bgNbdFitCdnow() {
        return model.fit(cdnow, parameters);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Score bgNbdPrediction() {
        CustomerSnapshot customer = customers[next];
        next = next + 1 == customers.length ? 0 : next + 1;
        return model.evaluate(customer, fittedContext);
    }
}
