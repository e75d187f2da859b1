package io.customerlens.backtest;

import io.customerlens.web.ClassifiedError;
import org.springframework.graphql.execution.ErrorType;

/** A backtest stopped before its answer: cancelled, or failed for a reason the server log holds. */
class BacktestFailedException extends RuntimeException implements ClassifiedError {

    BacktestFailedException(String message) {
        super(message);
    }

    @Override
    public ErrorType errorType() {
        return ErrorType.INTERNAL_ERROR;
    }
}
