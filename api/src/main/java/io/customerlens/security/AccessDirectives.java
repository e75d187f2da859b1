package io.customerlens.security;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaDirectiveWiring;
import graphql.schema.idl.SchemaDirectiveWiringEnvironment;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Enforces the schema's access directives by wrapping the data fetchers of the fields that carry them:
 * {@code @requires(role: ...)} refuses callers below the role, {@code @pii(kind: ...)} masks the value for callers
 * without the personal-data right. The schema is thereby the one place that says who may see what.
 */
@Component
public class AccessDirectives implements RuntimeWiringConfigurer {

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.directive("requires", new Requires()).directive("pii", new Pii());
    }

    static Caller caller(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(Caller.CONTEXT_KEY);
    }

    private static GraphQLFieldDefinition wrap(SchemaDirectiveWiringEnvironment<GraphQLFieldDefinition> env,
                                               UnaryOperator<DataFetcher<?>> wrapper) {
        FieldCoordinates coordinates = FieldCoordinates.coordinates(env.getFieldsContainer(), env.getElement());
        DataFetcher<?> original = env.getCodeRegistry().getDataFetcher(coordinates, env.getElement());
        env.getCodeRegistry().dataFetcher(coordinates, wrapper.apply(original));
        return env.getElement();
    }

    private static String argument(SchemaDirectiveWiringEnvironment<GraphQLFieldDefinition> env, String name) {
        Object value = env.getAppliedDirective().getArgument(name).getValue();
        return String.valueOf(value);
    }

    /** {@code @requires(role: ROLE)}: the field needs at least that role. */
    private static final class Requires implements SchemaDirectiveWiring {
        @Override
        public GraphQLFieldDefinition onField(SchemaDirectiveWiringEnvironment<GraphQLFieldDefinition> env) {
            Role required = Role.valueOf(argument(env, "role"));
            String field = fieldName(env.getFieldsContainer(), env.getElement());
            return wrap(env, original -> requiring(required, field, original));
        }
    }

    /**
     * @return the data fetcher behind a role check, as {@code @requires} puts it; for fields the schema files do not
     *         declare (e.g. those federation adds)
     */
    public static DataFetcher<?> requiring(Role required, String field, DataFetcher<?> original) {
        return fetch -> {
            Caller caller = caller(fetch);
            if (caller == null || !caller.role().includes(required)) {
                throw new ForbiddenException(field + " needs the " + lower(required) + " role; "
                        + (caller == null ? "the request has no caller" : "this API key has " + lower(caller.role())),
                        required);
            }
            return original.get(fetch);
        };
    }

    /** {@code @pii(kind: KIND)}: the value is personal data, masked unless the caller may see it. */
    private static final class Pii implements SchemaDirectiveWiring {
        @Override
        public GraphQLFieldDefinition onField(SchemaDirectiveWiringEnvironment<GraphQLFieldDefinition> env) {
            PersonalData kind = PersonalData.valueOf(argument(env, "kind"));
            return wrap(env, original -> fetch -> {
                Object value = original.get(fetch);
                Caller caller = caller(fetch);
                if (caller != null && caller.seesPersonalData()) {
                    return value;
                }
                if (value instanceof CompletionStage<?> pending) {
                    return pending.thenApply(result -> mask(kind, result));
                }
                return mask(kind, value);
            });
        }

        private static Object mask(PersonalData kind, Object value) {
            return value instanceof String text ? kind.mask(text) : value;
        }
    }

    private static String fieldName(GraphQLFieldsContainer parent, GraphQLFieldDefinition field) {
        return switch (parent.getName()) {
            case "Query", "Mutation" -> field.getName();
            default -> parent.getName() + "." + field.getName();
        };
    }

    private static String lower(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
