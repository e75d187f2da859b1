package io.customerlens.tck;

import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.LoyaltyModel;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationFit;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.PreviousSegment;
import io.customerlens.sdk.SatisfactionModel;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.ScoringModel;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.sdk.SegmentationModel;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.pf4j.Extension;

/**
 * The contract checks for one model, each a method that fails with an {@link AssertionError} naming every problem
 * it found. Models are run the way the server runs them: only the declared histories, population statistics
 * computed over every customer when declared, a {@link PopulationFit} fitted first, and each result checked
 * against the descriptor.
 */
public final class ModelChecks {

    /** The default evaluation date; fixed, so runs are reproducible. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    /**
     * The longest one warm call may take: a quarter of the server's default per-call limit
     * ({@code customerlens.scoring.timeout}, 2 s), beyond which the server cuts the call and fails the field.
     */
    public static final Duration CALL_BUDGET = Duration.ofMillis(500);

    private final Supplier<? extends ScoringModel<?>> factory;
    private final ScoringModel<?> model;
    private final LocalDate asOf;
    private final List<CustomerSnapshot> edgeCases;
    private final List<CustomerSnapshot> sample;
    private final Duration callBudget;
    private final PopulationStatistics population;
    /** Fits by model instance, population and parameters, as the server caches them. */
    private final Map<ScoringModel<?>, Map<PopulationStatistics, Map<Parameters, Object>>> fits = new IdentityHashMap<>();
    private ModelDescriptor descriptor;

    /**
     * @param factory    makes a new instance of the model (the determinism check compares two)
     * @param asOf       the evaluation date
     * @param edgeCases  customers every model must answer
     * @param sample     a population of ordinary customers
     * @param callBudget the longest one warm call may take
     */
    public ModelChecks(Supplier<? extends ScoringModel<?>> factory, LocalDate asOf, List<CustomerSnapshot> edgeCases,
                       List<CustomerSnapshot> sample, Duration callBudget) {
        this.factory = factory;
        this.model = Objects.requireNonNull(factory.get(), "the factory made no model");
        this.asOf = asOf;
        this.edgeCases = List.copyOf(edgeCases);
        this.sample = List.copyOf(sample);
        this.callBudget = callBudget;
        this.population = Population.of(Stream.concat(edgeCases.stream(), sample.stream()).toList(), asOf);
    }

    /**
     * @param factory makes a new instance of the model
     * @return the checks with the kit's edge cases, a seeded sample of 300 customers, {@link #AS_OF} and
     *         {@link #CALL_BUDGET}
     */
    public static ModelChecks of(Supplier<? extends ScoringModel<?>> factory) {
        return new ModelChecks(factory, AS_OF, KitCustomers.edgeCases(AS_OF), KitCustomers.sample(300, AS_OF, 42),
                CALL_BUDGET);
    }

    /** @return the model's id, or its class name when its descriptor cannot be read */
    public String name() {
        try {
            return model.descriptor().id();
        } catch (RuntimeException | LinkageError e) {
            return model.getClass().getName();
        }
    }

    /** @return whether the model declares {@link CustomerData#PREVIOUS_SEGMENT} */
    public boolean hasMemory() {
        try {
            return descriptor().inputs().contains(CustomerData.PREVIOUS_SEGMENT);
        } catch (AssertionError | RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * The descriptor can be read, is equal on every call and for every instance, and its family is the extension
     * point the model implements.
     */
    public void descriptorIsValid() {
        ModelDescriptor first = descriptor();
        Failures failures = new Failures(first.id());
        if (!first.equals(model.descriptor()) || !first.equals(factory.get().descriptor())) {
            failures.add("descriptor() returns unequal descriptors; build it once, e.g. in a static final field");
        }
        ModelFamily implemented = implementedFamily(model);
        if (implemented != first.family()) {
            failures.add("descriptor says " + first.family() + " but the class implements "
                    + (implemented == null ? "none or several of SegmentationModel, SatisfactionModel, LoyaltyModel"
                    : "the " + implemented + " extension point"));
        }
        if (first.segments().stream().map(SegmentDefinition::label).anyMatch(String::isBlank)) {
            failures.add("a segment has a blank label");
        }
        if (model instanceof PopulationFit<?> fit && fit.fittedType() == null) {
            failures.add("fittedType() returns null");
        }
        failures.check();
    }

    /**
     * The class carries PF4J's {@code @Extension} and has the public no-argument constructor PF4J creates it with;
     * without either the server never offers the model.
     */
    public void isAPluginExtension() {
        Class<?> type = model.getClass();
        Assertions.assertTrue(type.isAnnotationPresent(Extension.class),
                () -> type.getName() + " lacks @org.pf4j.Extension, so the server would not find it");
        Assertions.assertTrue(Modifier.isPublic(type.getModifiers())
                        && Stream.of(type.getConstructors()).anyMatch(c -> c.getParameterCount() == 0),
                () -> type.getName() + " needs to be public with a public no-argument constructor for PF4J to create it");
    }

    /** Every edge-case customer gets a valid result with the default parameters. */
    public void answersEdgeCases() {
        answersAll(edgeCases, population, "edge case");
    }

    /** Every customer of the sample population gets a valid result with the default parameters. */
    public void answersSamplePopulation() {
        answersAll(sample, population, "sample customer");
    }

    /**
     * In a store where nobody has ordered yet, customers without orders still get a valid result; a
     * {@link PopulationFit} may refuse such a population, but only with {@link IllegalStateException}.
     */
    public void answersWithoutBuyers() {
        List<CustomerSnapshot> nonBuyers = edgeCases.stream().filter(c -> c.orderSummary().count() == 0).toList();
        PopulationStatistics none = Population.of(nonBuyers, asOf);
        Failures failures = new Failures(descriptor().id());
        Parameters defaults = Parameters.defaults(descriptor().parameters());
        if (model instanceof PopulationFit<?>) {
            try {
                fitted(model, defaults, none);
            } catch (IllegalStateException refused) {
                return;
            } catch (RuntimeException | LinkageError e) {
                failures.add("fit on a population without buyers", e);
                failures.check();
            }
        }
        for (CustomerSnapshot customer : nonBuyers) {
            check(failures, customer, () -> evaluate(model, customer, defaults, none, null));
        }
        failures.check();
    }

    /**
     * Two instances give equal results for equal input, in any order: no hidden state, randomness, clock or
     * iteration over unordered collections decides a result.
     */
    public void isDeterministic() {
        Failures failures = new Failures(descriptor().id());
        Parameters defaults = Parameters.defaults(descriptor().parameters());
        ScoringModel<?> other = factory.get();
        List<CustomerSnapshot> customers = Stream.concat(edgeCases.stream(), sample.stream()).toList();
        Map<String, Object> forward = new HashMap<>();
        try {
            for (CustomerSnapshot customer : customers) {
                forward.put(customer.id(), evaluate(model, customer, defaults, population, null));
            }
            PopulationStatistics again = Population.of(customers, asOf);
            List<CustomerSnapshot> backwards = new ArrayList<>(customers);
            Collections.reverse(backwards);
            for (CustomerSnapshot customer : backwards) {
                Object second = evaluate(other, customer, defaults, again, null);
                if (!Objects.equals(forward.get(customer.id()), second)) {
                    failures.add("customer " + customer.id() + ": " + forward.get(customer.id()) + " then " + second);
                }
            }
        } catch (RuntimeException | LinkageError e) {
            failures.add("scoring (see answersEdgeCases and answersSamplePopulation)", e);
        }
        failures.check();
    }

    /**
     * For a model with memory ({@link CustomerData#PREVIOUS_SEGMENT}), every declared segment as the previous one,
     * entered today or a year ago, still gives a valid result.
     */
    public void answersAfterEverySegment() {
        Failures failures = new Failures(descriptor().id());
        Parameters defaults = Parameters.defaults(descriptor().parameters());
        for (SegmentDefinition segment : descriptor().segments()) {
            for (LocalDate since : List.of(asOf, asOf.minusYears(1))) {
                PreviousSegment previous = new PreviousSegment(segment.code(), since);
                for (CustomerSnapshot customer : edgeCases) {
                    check(failures, customer, () -> evaluate(model, customer, defaults, population, previous),
                            " after " + segment.code() + " since " + since);
                }
            }
        }
        failures.check();
    }

    /** Parameter checks: see {@link ParameterChecks}. */
    public ParameterChecks parameters() {
        return new ParameterChecks(this);
    }

    /**
     * After a warm-up pass, no call over the edge cases and the sample takes longer than the call budget. The
     * budget is a quarter of the server's per-call limit, not a performance target: it catches I/O, sleeps and
     * work that grows with the population, which the server would cut off.
     */
    public void answersWithinCallBudget() {
        Parameters defaults = Parameters.defaults(descriptor().parameters());
        List<CustomerSnapshot> customers = Stream.concat(edgeCases.stream(), sample.stream()).toList();
        customers.forEach(customer -> evaluate(model, customer, defaults, population, null));
        long slowest = 0;
        String slowestId = "";
        for (CustomerSnapshot customer : customers) {
            long start = System.nanoTime();
            evaluate(model, customer, defaults, population, null);
            long took = System.nanoTime() - start;
            if (took > slowest) {
                slowest = took;
                slowestId = customer.id();
            }
        }
        Duration worst = Duration.ofNanos(slowest);
        String id = slowestId;
        Assertions.assertTrue(worst.compareTo(callBudget) <= 0, () -> "model '" + descriptor().id()
                + "': scoring " + id + " took " + worst.toMillis() + " ms, over the budget of " + callBudget.toMillis()
                + " ms per call");
    }

    ModelDescriptor descriptor() {
        if (descriptor == null) {
            ModelDescriptor read;
            try {
                read = model.descriptor();
            } catch (RuntimeException | LinkageError e) {
                throw new AssertionError(model.getClass().getName() + ".descriptor() threw " + e, e);
            }
            descriptor = Objects.requireNonNull(read, () -> model.getClass().getName() + ".descriptor() returned null");
        }
        return descriptor;
    }

    List<CustomerSnapshot> customersForParameters() {
        List<CustomerSnapshot> customers = new ArrayList<>(edgeCases);
        customers.addAll(sample.subList(0, Math.min(60, sample.size())));
        return customers;
    }

    PopulationStatistics population() {
        return population;
    }

    ScoringModel<?> model() {
        return model;
    }

    /** Evaluates as the server does; exceptions propagate. */
    Object evaluate(ScoringModel<?> scoring, CustomerSnapshot customer, Parameters parameters,
                    PopulationStatistics statistics, PreviousSegment previous) {
        ModelDescriptor d = descriptor();
        boolean needed = Population.needed(scoring, d);
        Object fitted = needed ? fitted(scoring, parameters, statistics) : null;
        ScoringContext context = new ScoringContext(parameters,
                needed ? Population.asSeenBy(statistics, d) : PopulationStatistics.EMPTY, asOf, fitted,
                d.inputs().contains(CustomerData.PREVIOUS_SEGMENT) ? previous : null);
        return scoring.evaluate(Population.asSeenBy(customer, d), context);
    }

    void check(Failures failures, CustomerSnapshot customer, Supplier<Object> run) {
        check(failures, customer, run, "");
    }

    void check(Failures failures, CustomerSnapshot customer, Supplier<Object> run, String circumstances) {
        String what = "customer " + customer.id() + circumstances;
        try {
            Results.problem(descriptor(), run.get()).ifPresent(problem -> failures.add(what + ": " + problem));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            failures.add(what, e);
        }
    }

    private void answersAll(List<CustomerSnapshot> customers, PopulationStatistics statistics, String kind) {
        Failures failures = new Failures(descriptor().id());
        Parameters defaults = Parameters.defaults(descriptor().parameters());
        for (CustomerSnapshot customer : customers) {
            check(failures, customer, () -> evaluate(model, customer, defaults, statistics, null), " (" + kind + ")");
        }
        failures.check();
    }

    private Object fitted(ScoringModel<?> scoring, Parameters parameters, PopulationStatistics statistics) {
        if (!(scoring instanceof PopulationFit<?> fit)) {
            return null;
        }
        Map<Parameters, Object> byParameters = fits.computeIfAbsent(scoring, s -> new IdentityHashMap<>())
                .computeIfAbsent(statistics, s -> new HashMap<>());
        Object fitted = byParameters.get(parameters);
        if (fitted == null) {
            fitted = fit.fit(Population.asSeenBy(statistics, descriptor()), parameters);
            if (!fit.fittedType().isInstance(fitted)) {
                throw new IllegalStateException("fit returned " + fitted + ", not a " + fit.fittedType().getName());
            }
            byParameters.put(parameters, fitted);
        }
        return fitted;
    }

    private static ModelFamily implementedFamily(ScoringModel<?> model) {
        List<ModelFamily> families = new ArrayList<>();
        if (model instanceof SegmentationModel) {
            families.add(ModelFamily.SEGMENTATION);
        }
        if (model instanceof SatisfactionModel) {
            families.add(ModelFamily.SATISFACTION);
        }
        if (model instanceof LoyaltyModel) {
            families.add(ModelFamily.LOYALTY);
        }
        return families.size() == 1 ? families.get(0) : null;
    }
}
