package io.customerlens.sdk;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the server and its users need to know about a model without running it.
 *
 * @param id          unique id callers choose the model by, lower-case with dashes, e.g. {@code "rfm"}
 * @param family      which extension point the model implements
 * @param name        display name
 * @param version     the model's semantic version; cached results are keyed by it, so bump it when results change
 * @param description what the model is for, in a sentence or two
 * @param formula     how the result is computed, in plain text
 * @param source      where the method comes from (paper, book, industry standard)
 * @param parameters  the parameters callers may set
 * @param inputs      the customer data the model reads; the server loads only these
 * @param scale       the range of the value, for scored families; {@code null} for segmentation
 * @param segments    every segment the model can assign, for segmentation; empty for scored families
 */
public record ModelDescriptor(String id, ModelFamily family, String name, String version, String description,
                              String formula, String source, List<ParameterSpec> parameters,
                              Set<CustomerData> inputs, Scale scale, List<SegmentDefinition> segments) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");

    /** Checks the descriptor's consistency: id and version format, scale or segments by family, unique names. */
    public ModelDescriptor {
        Objects.requireNonNull(family, "family");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("model id must match " + ID.pattern() + ", got " + id);
        }
        if (version == null || !SEMVER.matcher(version).matches()) {
            throw new IllegalArgumentException("model '" + id + "': version must be semantic (1.2.3), got " + version);
        }
        name = requireText(id, "name", name);
        description = requireText(id, "description", description);
        formula = requireText(id, "formula", formula);
        source = requireText(id, "source", source);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        Set<CustomerData> needed = EnumSet.of(CustomerData.PROFILE);
        if (inputs != null) {
            needed.addAll(inputs);
        }
        inputs = Set.copyOf(needed);
        segments = segments == null ? List.of() : List.copyOf(segments);
        if (family == ModelFamily.SEGMENTATION && (segments.isEmpty() || scale != null)) {
            throw new IllegalArgumentException("segmentation model '" + id + "' lists its segments and has no scale");
        }
        if (family != ModelFamily.SEGMENTATION && (scale == null || !segments.isEmpty())) {
            throw new IllegalArgumentException("scored model '" + id + "' has a scale and no segments");
        }
        requireUnique(id, "parameter", parameters.stream().map(ParameterSpec::name).toList());
        requireUnique(id, "segment", segments.stream().map(SegmentDefinition::code).toList());
    }

    /**
     * Starts a descriptor.
     *
     * @param id     the model id
     * @param family the family
     * @return a builder
     */
    public static Builder builder(String id, ModelFamily family) {
        return new Builder(id, family);
    }

    /**
     * @param code a segment code
     * @return the definition with that code
     * @throws IllegalArgumentException if the model declares no such segment
     */
    public SegmentDefinition segment(String code) {
        return segments.stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("model '" + id + "' declares no segment '" + code + "'"));
    }

    private static String requireText(String id, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("model '" + id + "' needs a " + field);
        }
        return value;
    }

    private static void requireUnique(String id, String what, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("model '" + id + "' declares " + what + " '" + name + "' twice");
            }
        }
    }

    /** Builds a {@link ModelDescriptor}; {@link #build()} checks it. */
    public static final class Builder {
        private final String id;
        private final ModelFamily family;
        private String name;
        private String version;
        private String description;
        private String formula;
        private String source;
        private final List<ParameterSpec> parameters = new ArrayList<>();
        private final Set<CustomerData> inputs = EnumSet.of(CustomerData.PROFILE);
        private Scale scale;
        private final List<SegmentDefinition> segments = new ArrayList<>();

        private Builder(String id, ModelFamily family) {
            this.id = id;
            this.family = family;
        }

        /** @param name display name @return this */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @param version semantic version @return this */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /** @param description what the model is for @return this */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** @param formula how the result is computed @return this */
        public Builder formula(String formula) {
            this.formula = formula;
            return this;
        }

        /** @param source where the method comes from @return this */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** @param parameter a parameter callers may set @return this */
        public Builder parameter(ParameterSpec parameter) {
            this.parameters.add(parameter);
            return this;
        }

        /** @param data customer data the model reads @return this */
        public Builder inputs(CustomerData... data) {
            this.inputs.addAll(List.of(data));
            return this;
        }

        /** @param scale the value range of a scored model @return this */
        public Builder scale(Scale scale) {
            this.scale = scale;
            return this;
        }

        /** @param segment a segment a segmentation model can assign @return this */
        public Builder segment(SegmentDefinition segment) {
            this.segments.add(segment);
            return this;
        }

        /** @return the checked descriptor */
        public ModelDescriptor build() {
            return new ModelDescriptor(id, family, name, version, description, formula, source,
                    parameters, inputs, scale, segments);
        }
    }
}
