package io.customerlens.scoring;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.customerlens.fixtures.MemoryModel;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.security.Role;
import io.customerlens.support.ControllerSliceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The model catalogue over a mocked {@link ModelRegistry}: descriptors mapped onto the schema, lookups, roles. */
@GraphQlTest(ModelCatalogController.class)
class ModelCatalogControllerTest extends ControllerSliceTest {

    @MockitoBean
    private ModelRegistry registry;

    @MockitoBean
    private ModelBreakers breakers;

    private static RegisteredModel tiers() {
        ModelDescriptor descriptor = ModelDescriptor.builder("tiers", ModelFamily.SEGMENTATION)
                .name("Tiers").version("1.2.0").description("Spend tiers.").formula("top if spend is high")
                .source("test").inputs(CustomerData.ORDERS, CustomerData.PROFILE)
                .parameter(ParameterSpec.integer("bins", "How many bins.", 5, 3, 5))
                .segment(new SegmentDefinition("top", "Top", 1, "the best"))
                .segment(new SegmentDefinition("rest", "Rest", 2, ""))
                .build();
        return new RegisteredModel(descriptor, new MemoryModel(), "tiers-plugin", "2.0.0", 1);
    }

    @Test
    void mapsADescriptorOntoTheSchema() {
        when(registry.list(ModelFamily.SEGMENTATION)).thenReturn(List.of(tiers()));
        // language=GraphQL
        String query = """
                {
                  models(family: SEGMENTATION) {
                    id family version inputs
                    parameters { name type defaultValue min max allowed }
                    segments { code rank }
                    plugin { id version }
                  }
                }
                """;
        var response = as(Role.VIEWER, false).document(query).execute();
        response.path("models[0].id").entity(String.class).isEqualTo("tiers");
        response.path("models[0].inputs").entityList(String.class).containsExactly("PROFILE", "ORDERS");
        response.path("models[0].parameters[0].type").entity(String.class).isEqualTo("INTEGER");
        response.path("models[0].parameters[0].allowed").entity(String.class)
                .isEqualTo(ParameterSpec.integer("bins", "How many bins.", 5, 3, 5).allowed());
        response.path("models[0].segments[*].code").entityList(String.class).containsExactly("top", "rest");
        response.path("models[0].plugin.version").entity(String.class).isEqualTo("2.0.0");
    }

    @Test
    void oneModelByIdOrNull() {
        when(registry.list(null)).thenReturn(List.of(tiers()));
        // language=GraphQL
        String query = """
                query($id: ID!) { model(id: $id) { name } }
                """;
        as(Role.VIEWER, false).document(query).variable("id", "tiers").execute()
                .path("model.name").entity(String.class).isEqualTo("Tiers");
        as(Role.VIEWER, false).document(query).variable("id", "nope").execute().path("model").valueIsNull();
    }

    @Test
    void theCatalogueNeedsACaller() {
        // language=GraphQL
        String query = """
                { models { id } }
                """;
        withoutCaller().document(query).execute().errors().satisfy(onlyError(ErrorType.FORBIDDEN,
                "models needs the viewer role; the request has no caller"));
        verifyNoInteractions(registry);
    }
}
