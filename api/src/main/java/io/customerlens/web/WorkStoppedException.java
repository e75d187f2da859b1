package io.customerlens.web;

import graphql.ErrorClassification;

/** Long work stopped before it finished: its deadline passed (or its client went away, and no one reads this). */
public class WorkStoppedException extends RuntimeException implements ClassifiedError {

    public WorkStoppedException(String message) {
        super(message);
    }

    @Override
    public ErrorClassification errorType() {
        return Overload.DEADLINE_EXCEEDED;
    }
}
