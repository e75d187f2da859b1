package io.customerlens.scoring;

import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.ScoringModel;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.sdk.SegmentationModel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model accepted into the catalogue, with its descriptor read once at registration.
 *
 * @param descriptor    the model's descriptor
 * @param model         the model
 * @param pluginId      the contributing plugin
 * @param pluginVersion the plugin's version
 * @param generation    which load of the plugin the model comes from: a plugin reloaded at run time gets a new
 *                      one even when its file and versions are unchanged, and cached results are keyed by it
 */
public record RegisteredModel(ModelDescriptor descriptor, ScoringModel<?> model, String pluginId,
                              String pluginVersion, long generation) {

    private static final Logger log = LoggerFactory.getLogger(RegisteredModel.class);

    /** A model from a source that never reloads. */
    public RegisteredModel(ModelDescriptor descriptor, ScoringModel<?> model, String pluginId, String pluginVersion) {
        this(descriptor, model, pluginId, pluginVersion, 0);
    }

    public String id() {
        return descriptor.id();
    }

    /**
     * @return the segments the model can assign under these parameters (e.g. one RFM scheme's), or every segment of
     *         its descriptor when the model lists none of its own or lists codes it does not declare; by rank
     */
    public List<SegmentDefinition> segmentsByRank(Map<String, Object> params) {
        return segments(params).stream()
                .sorted(Comparator.comparingInt(SegmentDefinition::rank).thenComparing(SegmentDefinition::code)).toList();
    }

    private List<SegmentDefinition> segments(Map<String, Object> params) {
        if (!(model instanceof SegmentationModel segmentation)) {
            return descriptor.segments();
        }
        Set<String> declared = descriptor.segments().stream().map(SegmentDefinition::code).collect(Collectors.toSet());
        try {
            List<SegmentDefinition> chosen = segmentation.segments(Parameters.resolve(descriptor.parameters(), params));
            if (chosen != null && !chosen.isEmpty() && chosen.stream().allMatch(s -> declared.contains(s.code()))) {
                return chosen;
            }
            log.warn("Model '{}' lists segments its descriptor does not declare; its distributions list them all",
                    descriptor.id());
        } catch (RuntimeException | LinkageError e) {
            log.warn("Model '{}' could not list its segments ({}); its distributions list them all", descriptor.id(),
                    e.toString());
        }
        return descriptor.segments();
    }
}
