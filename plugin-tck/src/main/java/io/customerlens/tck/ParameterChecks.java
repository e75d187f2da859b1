package io.customerlens.tck;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The parameter half of the contract, from {@link ModelChecks#parameters()}. */
public final class ParameterChecks {

    private static final String UNDECLARED = "kitUndeclaredParameter";

    private final ModelChecks checks;

    ParameterChecks(ModelChecks checks) {
        this.checks = checks;
    }

    /**
     * Each parameter at each of its boundaries (min and max, every choice, true and false), the others at their
     * defaults, gives valid results for the edge cases and part of the sample. A model may refuse a combination its
     * ranges cannot express, but only with an {@link InvalidParameterException} naming a declared parameter, which
     * the server reports as a bad request.
     */
    public void answerAtEveryBoundary() {
        ModelDescriptor descriptor = checks.descriptor();
        Set<String> declared = descriptor.parameters().stream().map(ParameterSpec::name).collect(Collectors.toSet());
        Failures failures = new Failures(descriptor.id());
        for (ParameterSpec spec : descriptor.parameters()) {
            for (Object value : boundaries(spec)) {
                Parameters parameters;
                try {
                    parameters = Parameters.resolve(descriptor.parameters(), Map.of(spec.name(), value));
                } catch (InvalidParameterException e) {
                    failures.add(spec.name() + " = " + value + " is within its declared range but refused: "
                            + e.getMessage());
                    continue;
                }
                for (CustomerSnapshot customer : checks.customersForParameters()) {
                    String what = "customer " + customer.id() + " with " + spec.name() + " = " + value;
                    try {
                        Object result = checks.evaluate(checks.model(), customer, parameters, checks.population(), null);
                        Results.problem(descriptor, result).ifPresent(problem -> failures.add(what + ": " + problem));
                    } catch (InvalidParameterException refused) {
                        if (!declared.contains(refused.parameter())) {
                            failures.add(what + ": refused naming '" + refused.parameter()
                                    + "', which is not a declared parameter");
                        }
                        break;
                    } catch (RuntimeException | LinkageError | StackOverflowError e) {
                        failures.add(what, e);
                    }
                }
            }
        }
        failures.check();
    }

    /**
     * Values outside a declared range, a choice not in the list and an undeclared name are refused with an
     * {@link InvalidParameterException} naming the parameter, before the model runs.
     */
    public void rangesAreEnforced() {
        ModelDescriptor descriptor = checks.descriptor();
        Failures failures = new Failures(descriptor.id());
        for (ParameterSpec spec : descriptor.parameters()) {
            for (Object value : outside(spec)) {
                try {
                    Parameters.resolve(descriptor.parameters(), Map.of(spec.name(), value));
                    failures.add(spec.name() + " = " + value + " is outside " + spec.allowed() + " but was accepted");
                } catch (InvalidParameterException e) {
                    if (!spec.name().equals(e.parameter())) {
                        failures.add(spec.name() + " = " + value + " was refused naming '" + e.parameter() + "'");
                    }
                }
            }
        }
        try {
            Parameters.resolve(descriptor.parameters(), Map.of(UNDECLARED, 1));
            failures.add("an undeclared parameter was accepted");
        } catch (InvalidParameterException expected) {
            // refused, as it must be
        }
        failures.check();
    }

    private static List<Object> boundaries(ParameterSpec spec) {
        List<Object> values = new ArrayList<>();
        switch (spec.type()) {
            case INTEGER -> {
                if (spec.min() != null) {
                    values.add(spec.min().intValue());
                }
                if (spec.max() != null) {
                    values.add(spec.max().intValue());
                }
            }
            case DECIMAL -> {
                if (spec.min() != null) {
                    values.add(spec.min());
                }
                if (spec.max() != null) {
                    values.add(spec.max());
                }
            }
            case BOOLEAN -> values.addAll(List.of(true, false));
            case CHOICE -> values.addAll(spec.allowedValues());
        }
        return values;
    }

    private static List<Object> outside(ParameterSpec spec) {
        List<Object> values = new ArrayList<>();
        switch (spec.type()) {
            case INTEGER -> {
                if (spec.min() != null) {
                    values.add(spec.min().intValue() - 1);
                }
                if (spec.max() != null) {
                    values.add(spec.max().intValue() + 1);
                }
                values.add("not a number");
            }
            case DECIMAL -> {
                if (spec.min() != null) {
                    values.add(spec.min() - Math.max(1e-6, Math.abs(spec.min()) * 1e-6));
                }
                if (spec.max() != null) {
                    values.add(spec.max() + Math.max(1e-6, Math.abs(spec.max()) * 1e-6));
                }
                values.add("not a number");
            }
            case BOOLEAN -> values.add("maybe");
            case CHOICE -> values.add("kit-not-a-choice");
        }
        return values;
    }
}
