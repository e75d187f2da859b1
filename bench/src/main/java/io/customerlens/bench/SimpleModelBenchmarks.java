package io.customerlens.bench;

import io.customerlens.plugins.loyalty.BehaviouralLoyaltyModel;
import io.customerlens.plugins.rfm.RfmModel;
import io.customerlens.plugins.valuetier.ValueTierModel;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.ScoringModel;
import io.customerlens.sdk.Segment;
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
 * Customer-scores per second of the simple models on one thread (one core), each call on the next customer of a
 * 10,000-customer synthetic population: the model's own work, with population statistics already computed, as the
 * server calls it once the data is loaded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SimpleModelBenchmarks {

    static final int POPULATION = 10_000;

    final RfmModel rfm = new RfmModel();
    final ValueTierModel valueTier = new ValueTierModel();
    final BehaviouralLoyaltyModel behavioural = new BehaviouralLoyaltyModel();

    CustomerSnapshot[] customers;
    ScoringContext rfmContext;
    ScoringContext valueTierContext;
    ScoringContext behaviouralContext;
    int next;

    @Setup
    public void setUp() {
        SyntheticPopulation population = SyntheticPopulation.generate(POPULATION, 42);
        customers = population.customers();
        rfmContext = context(rfm, population);
        valueTierContext = context(valueTier, population);
        behaviouralContext = context(behavioural, population);
    }

    static ScoringContext context(ScoringModel<?> model, SyntheticPopulation population) {
        return new ScoringContext(Parameters.defaults(model.descriptor().parameters()), population.statistics(),
                population.asOf());
    }

    private CustomerSnapshot nextCustomer() {
        CustomerSnapshot customer = customers[next];
        next = next + 1 == customers.length ? 0 : next + 1;
        return customer;
    }

    @Benchmark
    public Segment rfm() {
        return rfm.evaluate(nextCustomer(), rfmContext);
    }

    @Benchmark
    public Segment valueTier() {
        return valueTier.evaluate(nextCustomer(), valueTierContext);
    }

    @Benchmark
    public Score behaviouralLoyalty() {
        return behavioural.evaluate(nextCustomer(), behaviouralContext);
    }
}
