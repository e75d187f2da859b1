package io.customerlens.scoring;

/** A model call did not answer within the configured time limit; it was interrupted. */
class ModelTimeoutException extends ModelFailureException {

    ModelTimeoutException(RegisteredModel model, long timeoutMillis) {
        super(model, "did not answer within " + timeoutMillis + " ms", null);
    }
}
