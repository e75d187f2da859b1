package io.customerlens.security;

import io.customerlens.web.ClassifiedError;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/** The caller's role does not allow this field. Reported as FORBIDDEN, naming the field and the role it needs. */
public class ForbiddenException extends RuntimeException implements ClassifiedError {

    private final Role required;

    public ForbiddenException(String message) {
        this(message, null);
    }

    public ForbiddenException(String message, Role required) {
        super(message);
        this.required = required;
    }

    @Override
    public ErrorType errorType() {
        return ErrorType.FORBIDDEN;
    }

    @Override
    public Map<String, Object> extensions() {
        return required == null ? Map.of() : Map.of("requiredRole", required.name());
    }
}
