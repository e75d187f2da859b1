package io.customerlens.scoring;

import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The model catalogue: every model callers can choose, from the descriptors. */
@Controller
class ModelCatalogController {

    private final ModelRegistry registry;
    private final ModelBreakers breakers;

    ModelCatalogController(ModelRegistry registry, ModelBreakers breakers) {
        this.registry = registry;
        this.breakers = breakers;
    }

    @QueryMapping
    List<ModelView> models(@Argument ModelFamily family) {
        return registry.list(family).stream().map(ModelView::of).toList();
    }

    @QueryMapping
    ModelView model(@Argument String id) {
        return registry.list(null).stream().filter(model -> model.id().equals(id)).findFirst()
                .map(ModelView::of).orElse(null);
    }

    @SchemaMapping(typeName = "Model", field = "breaker")
    ModelBreakers.View breaker(ModelView model) {
        return breakers.view(registry.get(model.id()));
    }

    @SchemaMapping(typeName = "ModelParameter", field = "allowed")
    String allowed(ParameterSpec parameter) {
        return parameter.allowed();
    }
}
