package io.customerlens.scoring;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationFit;
import io.customerlens.web.ApiProperties;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts what a request will cost in model work before it runs, and refuses it with a BAD_REQUEST naming the count
 * and the limit when it is over budget: model evaluations (each distinct model and parameter choice on an object
 * times the objects a page returns, e.g. 11 parameter sets of rfm on a page of 100 customers are 1,100) and
 * population fits (each distinct model and parameter set of a {@link PopulationFit} model, or one per model whose
 * fit does not read its parameters). Aliases asking for the same choice count once, as they are computed once.
 */
class ModelCosts extends SimplePerformantInstrumentation {

    /** A bean rather than a component: controller slice tests pick up every instrumentation component, and lack the registry. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        ModelCosts modelCosts(ModelRegistry registry, ApiProperties limits) {
            return new ModelCosts(registry, limits);
        }
    }

    private final ModelRegistry registry;
    private final ApiProperties limits;

    ModelCosts(ModelRegistry registry, ApiProperties limits) {
        this.registry = registry;
        this.limits = limits;
    }

    /** What a request asks for: evaluations by (enclosing page, model, parameters), fits by (model, parameters). */
    record Cost(int evaluations, int fits) {
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters
                                                                                 parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        Cost cost = count(QueryTraverser.newQueryTraverser().schema(context.getGraphQLSchema())
                .document(context.getDocument()).operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables()).build());
        if (cost.evaluations() > limits.maxModelEvaluations()) {
            throw refusal("this request asks for " + cost.evaluations() + " model evaluations (each distinct model"
                    + " and parameter choice times the customers of its page); the limit is "
                    + limits.maxModelEvaluations() + " (customerlens.api.max-model-evaluations): ask for fewer"
                    + " parameter sets or a smaller page", cost.evaluations(), limits.maxModelEvaluations());
        }
        if (cost.fits() > limits.maxPopulationFits()) {
            throw refusal("this request needs " + cost.fits() + " population fits (one per distinct parameter set"
                    + " of a population-fitted model); the limit is " + limits.maxPopulationFits()
                    + " (customerlens.api.max-population-fits): ask for fewer parameter sets",
                    cost.fits(), limits.maxPopulationFits());
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static AbortExecutionException refusal(String message, int cost, int limit) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                .message(message).extensions(new TreeMap<>(Map.of("cost", cost, "limit", limit))).build()));
    }

    Cost count(QueryTraverser document) {
        Map<List<Object>, Long> evaluations = new HashMap<>();
        Set<List<Object>> fits = new HashSet<>();
        document.visitPreOrder(new QueryVisitorStub() {
            @Override
            public void visitField(QueryVisitorFieldEnvironment field) {
                GraphQLFieldDefinition definition = field.getFieldDefinition();
                Map<String, Object> arguments = field.getArguments();
                if (definition.getArgument("model") != null && definition.getArgument("params") != null) {
                    Choice choice = choice(arguments.get("model"), arguments.get("params"));
                    if (choice != null) {
                        choice.fit().ifPresent(fits::add);
                        if (field.getParentEnvironment() != null) { // a field of an object, evaluated per object
                            evaluations.merge(List.of(page(field), choice.model(), choice.params()),
                                    objects(field), Math::max);
                        }
                    }
                }
                for (GraphQLArgument argument : definition.getArguments()) {
                    collectChoices(argument.getType(), arguments.get(argument.getName()), fits);
                }
            }
        });
        long total = evaluations.values().stream().mapToLong(Long::longValue).sum();
        return new Cost((int) Math.min(Integer.MAX_VALUE, total), fits.size());
    }

    /** Model choices inside input objects ({@code ModelChoice}, a snapshot's list of them), for their fits. */
    private void collectChoices(GraphQLInputType type, Object value, Set<List<Object>> fits) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (unwrapped instanceof GraphQLList list && value instanceof List<?> values) {
            values.forEach(item -> collectChoices((GraphQLInputType) list.getWrappedType(), item, fits));
        } else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            if (object.getField("model") != null && object.getField("params") != null) {
                Choice choice = choice(fields.get("model"), fields.get("params"));
                if (choice != null) {
                    choice.fit().ifPresent(fits::add);
                }
            }
            object.getFields().forEach(field -> collectChoices(field.getType(), fields.get(field.getName()), fits));
        }
    }

    /** A model choice, with its parameters as the model would resolve them; null when the choice is invalid. */
    private record Choice(RegisteredModel registered, String model, String params) {
        Optional<List<Object>> fit() {
            if (!(registered.model() instanceof PopulationFit<?> fit)) {
                return Optional.empty();
            }
            return Optional.of(List.of(model, fit.fitDependsOnParameters() ? params : ""));
        }
    }

    /** Unknown models and invalid parameters cost nothing here: the fields refuse them when they run. */
    @SuppressWarnings("unchecked")
    private Choice choice(Object model, Object params) {
        if (!(model instanceof String id) || (params != null && !(params instanceof Map))) {
            return null;
        }
        try {
            RegisteredModel registered = registry.get(id);
            Parameters resolved = Parameters.resolve(registered.descriptor().parameters(), (Map<String, Object>) params);
            return new Choice(registered, id, resolved.canonical());
        } catch (UnknownModelException | InvalidParameterException e) {
            return null;
        }
    }

    /** The nearest enclosing page (a field with {@code first}) of the document; the root when none. */
    private static Object page(QueryVisitorFieldEnvironment field) {
        for (QueryVisitorFieldEnvironment parent = field.getParentEnvironment(); parent != null;
             parent = parent.getParentEnvironment()) {
            if (parent.getArguments().get("first") instanceof Integer) {
                return parent.getField();
            }
        }
        return "root";
    }

    /** How many objects the field is asked on: the product of the enclosing pages' sizes. */
    private static long objects(QueryVisitorFieldEnvironment field) {
        long objects = 1;
        for (QueryVisitorFieldEnvironment parent = field.getParentEnvironment(); parent != null;
             parent = parent.getParentEnvironment()) {
            if (parent.getArguments().get("first") instanceof Integer first && first > 1) {
                objects = Math.min(Integer.MAX_VALUE, objects * first);
            }
        }
        return objects;
    }
}
