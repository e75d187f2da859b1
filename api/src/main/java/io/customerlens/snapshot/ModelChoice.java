package io.customerlens.snapshot;

import java.util.Map;

/**
 * A model chosen by id with its parameters (GraphQL {@code ModelChoice}).
 *
 * @param model  the model id
 * @param params parameter values; null for the defaults
 */
public record ModelChoice(String model, Map<String, Object> params) {
}
