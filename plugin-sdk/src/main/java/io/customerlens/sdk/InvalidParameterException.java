package io.customerlens.sdk;

/**
 * A parameter value given to a model is unknown, of the wrong type or out of range.
 * The message names the parameter and says what is allowed; the server reports it as a bad request.
 */
public class InvalidParameterException extends IllegalArgumentException {

    private final String parameter;

    /**
     * @param parameter the parameter's name
     * @param message   what is wrong and what is allowed
     */
    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** @return the name of the offending parameter */
    public String parameter() {
        return parameter;
    }
}
