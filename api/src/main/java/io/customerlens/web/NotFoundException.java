package io.customerlens.web;

import org.springframework.graphql.execution.ErrorType;

/** A referenced entity does not exist. Reported as a NOT_FOUND error. */
public class NotFoundException extends RuntimeException implements ClassifiedError {

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public ErrorType errorType() {
        return ErrorType.NOT_FOUND;
    }
}
