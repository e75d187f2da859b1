package io.customerlens.tck;

import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.Segment;
import io.customerlens.sdk.SegmentDefinition;
import java.util.Optional;

/** What the server checks on every result before it serves it, as the kit checks it. */
final class Results {

    private Results() {
    }

    /**
     * @param descriptor the model's descriptor
     * @param result     what {@code evaluate} returned
     * @return what is wrong with it, if anything
     */
    static Optional<String> problem(ModelDescriptor descriptor, Object result) {
        if (result == null) {
            return Optional.of("returned null (return Score.noData(...) or a segment instead)");
        }
        if (descriptor.family() == ModelFamily.SEGMENTATION) {
            if (!(result instanceof Segment segment)) {
                return Optional.of("returned a " + result.getClass().getSimpleName() + ", not a Segment");
            }
            SegmentDefinition declared = descriptor.segments().stream()
                    .filter(s -> s.code().equals(segment.code())).findFirst().orElse(null);
            if (declared == null) {
                return Optional.of("returned segment '" + segment.code() + "', which the descriptor does not declare");
            }
            // The rank may differ (a scheme parameter may rank the same segment differently); the label may not.
            if (!declared.label().equals(segment.label())) {
                return Optional.of("returned segment '" + segment.code() + "' labelled '" + segment.label()
                        + "' but declares it as '" + declared.label() + "'; build results with SegmentDefinition.assign");
            }
            return Optional.empty();
        }
        if (!(result instanceof Score score)) {
            return Optional.of("returned a " + result.getClass().getSimpleName() + ", not a Score");
        }
        Scale scale = descriptor.scale();
        if (score.scale().min() != scale.min() || score.scale().max() != scale.max()) {
            return Optional.of("returned a score on " + score.scale().min() + ".." + score.scale().max()
                    + " instead of the declared " + scale.min() + ".." + scale.max());
        }
        if (score.value() != null && !scale.contains(score.value())) {
            return Optional.of("returned " + score.value() + ", outside the declared scale");
        }
        if (score.band().isBlank()) {
            return Optional.of("returned a score without a band");
        }
        return Optional.empty();
    }
}
