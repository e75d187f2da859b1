package io.customerlens.scoring;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerlens.customer.Customer;
import io.customerlens.customer.CustomerHistory;
import io.customerlens.customer.HistoryLoaders;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.web.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The per-query model choice on {@code Customer}: {@code segment}, {@code satisfaction} and {@code loyalty}. Plain
 * data fetchers rather than controller methods: a page of 100 customers with one model per family resolves 300 of
 * them, and a controller method resolves its arguments (here four data loaders and two arguments) on every call.
 * Histories and segment memory come from the request's data loaders, one query per kind for the whole page. The
 * request's model calls share one deadline and run side by side on the model pool.
 */
@Component
class ScoringFetchers implements RuntimeWiringConfigurer {

    private final CustomerScoring scoring;

    ScoringFetchers(CustomerScoring scoring) {
        this.scoring = scoring;
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        wiring.type("Customer", type -> type
                .dataFetcher("segment", segment())
                .dataFetcher("satisfaction", score(ModelFamily.SATISFACTION))
                .dataFetcher("loyalty", score(ModelFamily.LOYALTY)));
    }

    private DataFetcher<Object> segment() {
        return env -> scoring.segment(env.<Customer>getSource(), env.getArgument("model"), params(env), histories(env),
                SegmentStates.of(env.getDataLoader(SegmentStates.LOADER)), true, deadline(env));
    }

    private DataFetcher<Object> score(ModelFamily family) {
        return env -> scoring.score(env.<Customer>getSource(), family, env.getArgument("model"), params(env),
                histories(env), true, deadline(env));
    }

    /** The request's deadline for all its scoring, which its first scoring field starts. */
    private ScoringDeadline deadline(DataFetchingEnvironment env) {
        return env.getGraphQlContext().computeIfAbsent(ScoringDeadline.CONTEXT_KEY,
                key -> scoring.requestDeadline());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> params(DataFetchingEnvironment env) {
        Object params = env.getArgument("params");
        if (params == null || params instanceof Map) {
            return (Map<String, Object>) params;
        }
        String given = params instanceof List ? "a list" : "a " + params.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        throw new InvalidInputException("params", "must be an object of parameter values by name, e.g. {bins: 3}"
                + " (got " + given + ")");
    }

    private static CustomerHistory histories(DataFetchingEnvironment env) {
        return HistoryLoaders.of(env.getDataLoader(HistoryLoaders.ORDERS), env.getDataLoader(HistoryLoaders.SURVEYS),
                env.getDataLoader(HistoryLoaders.INTERACTIONS));
    }
}
