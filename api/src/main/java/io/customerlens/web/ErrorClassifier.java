package io.customerlens.web;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions from data fetchers into classified GraphQL errors. Known errors ({@link ClassifiedError})
 * keep their message; anything else is logged with an id and reported without internals.
 */
@Component
public class ErrorClassifier extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ErrorClassifier.class);

    /** Whether the error, or one of its causes, says the store could not be reached. */
    public static boolean isStoreUnavailable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof MongoTimeoutException
                    || cause instanceof MongoSocketException) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment env) {
        Throwable error = exception instanceof CompletionException && exception.getCause() != null
                ? exception.getCause() : exception;
        if (error instanceof ClassifiedError classified) {
            if (classified.errorType() == ErrorType.INTERNAL_ERROR) {
                log.warn("{} at {}", error.getMessage(), env.getExecutionStepInfo().getPath(), error.getCause());
            }
            return GraphqlErrorBuilder.newError(env)
                    .errorType(classified.errorType())
                    .message(error.getMessage())
                    .extensions(new TreeMap<>(classified.extensions()))
                    .build();
        }
        String errorId = UUID.randomUUID().toString();
        if (isStoreUnavailable(error)) {
            log.warn("Store unavailable [{}] at {}: {}", errorId, env.getExecutionStepInfo().getPath(), error.toString());
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.INTERNAL_ERROR)
                    .message("The customer store is unavailable; try again shortly (error " + errorId + ")")
                    .extensions(new TreeMap<>(Map.of("reason", "STORE_UNAVAILABLE", "retryable", true)))
                    .build();
        }
        log.error("Unexpected error [{}] at {}", errorId, env.getExecutionStepInfo().getPath(), error);
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error (error " + errorId + ")")
                .build();
    }
}
