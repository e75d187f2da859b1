package io.customerlens.web;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.TreeMap;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Errors that end a subscription's stream (including a bad argument its method refuses) keep their classification
 * and message, as {@link ErrorClassifier} keeps them for queries; anything else stays Spring's "Subscription error".
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception) {
        if (exception instanceof ClassifiedError classified) {
            return GraphqlErrorBuilder.newError()
                    .errorType(classified.errorType())
                    .message(exception.getMessage())
                    .extensions(new TreeMap<>(classified.extensions()))
                    .build();
        }
        return null;
    }
}
