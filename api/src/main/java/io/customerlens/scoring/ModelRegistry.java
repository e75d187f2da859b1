package io.customerlens.scoring;

import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.SegmentDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The catalogue of models callers can choose from, per family. A model is refused, with a log line and an
 * entry in {@link #rejections()}, when its descriptor cannot be read or is invalid, when its descriptor's
 * family does not match the extension point it implements, or when another model already has its id.
 */
@Component
public class ModelRegistry {

    private static final Logger log = LoggerFactory.getLogger(ModelRegistry.class);

    private final List<ModelProvider> providers;
    private volatile Map<ModelFamily, Map<String, RegisteredModel>> models = Map.of();
    private volatile List<Rejection> rejections = List.of();

    ModelRegistry(List<ModelProvider> providers) {
        this.providers = List.copyOf(providers);
        refresh();
    }

    /**
     * Why a model was not accepted.
     *
     * @param pluginId   the contributing plugin
     * @param modelClass the model's class name
     * @param reason     what was wrong
     */
    public record Rejection(String pluginId, String modelClass, String reason) {
    }

    /** Re-reads every provider and replaces the catalogue. */
    public synchronized void refresh() {
        Map<ModelFamily, Map<String, RegisteredModel>> accepted = new EnumMap<>(ModelFamily.class);
        for (ModelFamily family : ModelFamily.values()) {
            accepted.put(family, new LinkedHashMap<>());
        }
        List<Rejection> refused = new ArrayList<>();
        for (ModelProvider provider : providers) {
            for (ProvidedModel provided : provider.models()) {
                String problem = register(provided, accepted);
                if (problem != null) {
                    String modelClass = provided.model().getClass().getName();
                    log.warn("Model {} from plugin {} refused: {}", modelClass, provided.pluginId(), problem);
                    refused.add(new Rejection(provided.pluginId(), modelClass, problem));
                }
            }
        }
        models = accepted;
        rejections = List.copyOf(refused);
        accepted.forEach((family, byId) -> log.info("{} models: {}", family, byId.keySet()));
    }

    private static String register(ProvidedModel provided, Map<ModelFamily, Map<String, RegisteredModel>> accepted) {
        ModelDescriptor descriptor;
        try {
            descriptor = provided.model().descriptor();
        } catch (RuntimeException | LinkageError e) {
            return "its descriptor could not be read: " + e.getMessage();
        }
        if (descriptor == null) {
            return "it has no descriptor";
        }
        if (descriptor.family() != provided.family()) {
            return "its descriptor says " + descriptor.family() + " but it implements the " + provided.family() + " extension point";
        }
        RegisteredModel clash = accepted.get(descriptor.family()).get(descriptor.id());
        if (clash == null) {
            clash = accepted.values().stream().map(byId -> byId.get(descriptor.id()))
                    .filter(Objects::nonNull).findFirst().orElse(null);
        }
        if (clash != null) {
            return "model id '" + descriptor.id() + "' is already taken by plugin " + clash.pluginId();
        }
        warnOfUnconventionalCodes(descriptor, provided.pluginId());
        accepted.get(descriptor.family()).put(descriptor.id(),
                new RegisteredModel(descriptor, provided.model(), provided.pluginId(), provided.pluginVersion(),
                        provided.generation()));
        return null;
    }

    private static void warnOfUnconventionalCodes(ModelDescriptor descriptor, String pluginId) {
        List<String> codes = descriptor.segments().stream().map(SegmentDefinition::code)
                .filter(code -> !SegmentDefinition.isConventional(code)).toList();
        if (!codes.isEmpty()) {
            log.warn("Model {} from plugin {} declares segment codes that are not lower-case kebab-case: {}",
                    descriptor.id(), pluginId, codes);
        }
    }

    /**
     * @return the model with this id in this family
     * @throws UnknownModelException listing the family's model ids
     */
    public RegisteredModel get(ModelFamily family, String id) {
        RegisteredModel model = models.get(family).get(id);
        if (model == null) {
            throw new UnknownModelException(id, family, models.get(family).keySet().stream().sorted().toList());
        }
        return model;
    }

    /**
     * @return the model with this id, whatever its family (model ids are unique across families)
     * @throws UnknownModelException listing every model id
     */
    public RegisteredModel get(String id) {
        return models.values().stream().map(family -> family.get(id)).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new UnknownModelException(id, null, list(null).stream().map(RegisteredModel::id).toList()));
    }

    /** @return every model of the family, or of all families when null, ordered by family and id */
    public List<RegisteredModel> list(ModelFamily family) {
        return models.entrySet().stream()
                .filter(entry -> family == null || entry.getKey() == family)
                .flatMap(entry -> entry.getValue().values().stream())
                .sorted(Comparator.comparing((RegisteredModel m) -> m.descriptor().family()).thenComparing(RegisteredModel::id))
                .toList();
    }

    /** @return the models refused at the last refresh */
    public List<Rejection> rejections() {
        return rejections;
    }
}
