package io.customerlens.scoring;

import io.customerlens.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The customer-type, four-dimension and driver-index models keep the ids and segment codes others key on. */
class TypeAndDriverCatalogTest extends IntegrationTest {

    @Test
    void segmentationsListTheirFixedCodes() {
        graphQl.document("""
                {
                  models(family: SEGMENTATION) { id plugin { id version } segments { code rank } }
                }
                """)
                .execute()
                .path("models[?(@.id == 'needs-type')].plugin.id").entityList(String.class)
                .containsExactly("customer-type")
                .path("models[?(@.id == 'needs-type')].segments[*].code").entityList(String.class)
                .containsExactly("LOYAL", "SERVICE_DEPENDENT", "PRICE_SENSITIVE", "UNCLASSIFIED")
                .path("models[?(@.id == 'relationship-type')].segments[*].code").entityList(String.class)
                .containsExactly("STRATEGIC", "COMMUNITY", "EXPERIENTIAL", "TRANSACTIONAL", "UNCLASSIFIED");
    }

    @Test
    void scoredModelsListTheirScales() {
        graphQl.document("{ satisfaction: model(id: \"four-dimension\") { family plugin { id } scale { min max } }"
                        + " loyalty: model(id: \"driver-index\") { family plugin { id } scale { min max }"
                        + " parameters { name defaultValue } } }")
                .execute()
                .path("satisfaction.family").entity(String.class).isEqualTo("SATISFACTION")
                .path("satisfaction.plugin.id").entity(String.class).isEqualTo("satisfaction-dimensions")
                .path("satisfaction.scale.max").entity(Double.class).isEqualTo(10.0)
                .path("loyalty.family").entity(String.class).isEqualTo("LOYALTY")
                .path("loyalty.plugin.id").entity(String.class).isEqualTo("loyalty-drivers")
                .path("loyalty.scale.max").entity(Double.class).isEqualTo(100.0)
                .path("loyalty.parameters[?(@.name == 'weightProductQuality')].defaultValue").entityList(Double.class)
                .containsExactly(40.0);
    }
}
