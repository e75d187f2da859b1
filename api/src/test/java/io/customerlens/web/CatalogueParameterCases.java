package io.customerlens.web;

import io.customerlens.scoring.RegisteredModel;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.web.MalformedRequests.BadRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;

/**
 * Bad parameters for every model of the catalogue, from what each parameter declares: numbers just outside their
 * bounds, fractions for integers, values of the wrong JSON type, choices not offered, and parameters as something
 * other than an object. Each is asked on a customer's field, on a population view and in a segment filter in turn;
 * a value the parameter would accept is left out, so every request is invalid.
 */
final class CatalogueParameterCases {

    static final String CATEGORY = "model parameters from the catalogue (bounds x wrong types)";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Object> WRONG_TYPES = List.of("x", true, List.of(1), Map.of("value", 1), "");

    private final String customerId;
    private final List<BadRequest> requests = new ArrayList<>();

    CatalogueParameterCases(String customerId) {
        this.customerId = customerId;
    }

    List<BadRequest> generate(List<RegisteredModel> models) {
        for (RegisteredModel model : models) {
            for (ParameterSpec spec : model.descriptor().parameters()) {
                for (Object value : badValues(spec)) {
                    add(model, spec.name() + " = " + JSON.writeValueAsString(value), Map.of(spec.name(), value));
                }
            }
            add(model, "an unknown parameter", Map.of("noSuchParameter", 1));
            for (Object notAnObject : List.of(List.of(1, 2), "bins", 5)) {
                add(model, "params " + JSON.writeValueAsString(notAnObject), notAnObject);
            }
        }
        return List.copyOf(requests);
    }

    private static List<Object> badValues(ParameterSpec spec) {
        List<Object> values = new ArrayList<>(WRONG_TYPES);
        switch (spec.type()) {
            case INTEGER -> values.add(2.5);
            case CHOICE -> values.addAll(List.of("no-such-choice", spec.allowedValues().get(0).toUpperCase() + "!"));
            case BOOLEAN -> values.add("maybe");
            default -> { }
        }
        if (spec.min() != null) {
            values.add(spec.min() - 1);
        }
        if (spec.max() != null) {
            values.add(spec.max() + 1);
        }
        return values.stream().filter(value -> refuses(spec, value)).toList();
    }

    private static boolean refuses(ParameterSpec spec, Object value) {
        try {
            spec.coerce(value);
            return false;
        } catch (IllegalArgumentException | ClassCastException e) { // InvalidParameterException among them
            return true;
        }
    }

    private void add(RegisteredModel model, String what, Object params) {
        ModelFamily family = model.descriptor().family();
        String query = switch (requests.size() % 3) {
            case 0 -> "query($id: ID!, $model: ID!, $params: JSON) { customer(id: $id) { " + field(family)
                    + "(model: $model, params: $params) { " + (family == ModelFamily.SEGMENTATION ? "code" : "value") + " } } }";
            case 1 -> family == ModelFamily.SEGMENTATION
                    ? "query($model: ID!, $params: JSON) { segmentDistribution(model: $model, params: $params) { customers } }"
                    : "query($model: ID!, $params: JSON) { scoreDistribution(model: $model, params: $params) { customers } }";
            default -> "query($model: ID!, $params: JSON) { compareModels(a: {model: $model, params: $params},"
                    + " b: {model: \"rfm\"}) { customers } }";
        };
        if (family == ModelFamily.SEGMENTATION && requests.size() % 5 == 4) {
            query = "query($model: ID!, $params: JSON) { customers(filter: {segment: {model: $model, params: $params,"
                    + " in: [\"x\"]}}) { edges { node { id } } } }";
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("id", customerId);
        variables.put("model", model.id());
        variables.put("params", params);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        requests.add(new BadRequest(CATEGORY, "model " + model.id() + ": " + what, JSON.writeValueAsString(body), false));
    }

    private static String field(ModelFamily family) {
        return switch (family) {
            case SEGMENTATION -> "segment";
            case SATISFACTION -> "satisfaction";
            case LOYALTY -> "loyalty";
        };
    }
}
