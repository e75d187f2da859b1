package io.customerlens.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.sdk.SdkVersion;
import io.customerlens.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelCatalogTest extends IntegrationTest {

    @Test
    void listsEveryBundledModelWithItsPlugin() {
        List<String> ids = graphQl.document("{ models { id family version plugin { id version } } }")
                .execute()
                .path("models[*].id").entityList(String.class).get();

        assertThat(ids).contains("rfm", "nps", "csat", "behavioural");
    }

    @Test
    void filtersByFamilyAndDescribesParameters() {
        graphQl.document("""
                        { models(family: SEGMENTATION) { id plugin { id }
                            parameters { name type defaultValue min max allowedValues allowed }
                            segments { code rank } } }""")
                .execute()
                .path("models[*].id").entityList(String.class).contains("rfm").doesNotContain("nps", "behavioural")
                .path("models[?(@.id == 'rfm')].plugin.id").entityList(String.class).containsExactly("rfm")
                .path("models[?(@.id == 'rfm')].parameters[0]").entityList(Map.class).satisfies(list -> {
                    Map<?, ?> bins = list.get(0);
                    assertThat(bins.get("name")).isEqualTo("bins");
                    assertThat(bins.get("defaultValue")).isEqualTo(5);
                    assertThat(bins.get("allowed")).isEqualTo("an integer from 3 to 5");
                })
                .path("models[?(@.id == 'rfm')].segments[*].code").entityList(String.class)
                .contains("champions", "lost", "prospect");
    }

    @Test
    void listsBrokenPluginsWithoutLosingTheGoodOnes() {
        graphQl.document("{ plugins { id state file error } }")
                .execute()
                .path("plugins[?(@.id == 'rfm')].state").entityList(String.class).containsExactly("STARTED")
                .path("plugins[?(@.id == 'faulty')].state").entityList(String.class).containsExactly("STARTED")
                .path("plugins[?(@.id == 'from-the-future')].state").entityList(String.class).containsExactly("FAILED")
                .path("plugins[?(@.id == 'from-the-future')].error").entityList(String.class)
                .containsExactly("requires SDK >=2.0.0 but this server has SDK " + SdkVersion.CURRENT)
                .path("plugins[?(@.file == 'not-a-plugin.jar')].state").entityList(String.class)
                .containsExactly("FAILED")
                .path("plugins[?(@.id == 'twin')].state").entityList(String.class).containsExactly("STARTED")
                .path("plugins[?(@.file =~ /twin-.*/ && @.state == 'FAILED')].error").entityList(String.class)
                .satisfies(errors -> assertThat(errors).singleElement().asString()
                        .isEqualTo("plugin id 'twin' is already taken by twin-a-1.0.0.jar; a plugin id must be unique"))
                .path("plugins[?(@.file == 'no-version-1.0.0.jar')].state").entityList(String.class).containsExactly("FAILED")
                .path("plugins[?(@.file == 'no-version-1.0.0.jar')].error").entityList(String.class)
                .satisfies(errors -> assertThat(errors).singleElement().asString().contains("version"));
    }

    @Test
    void refusesAModelFromAPluginThatNeedsAnotherSdk() {
        graphQl.document("{ models(family: LOYALTY) { id plugin { id } } }")
                .execute()
                .path("models[?(@.plugin.id == 'from-the-future')]").entityList(Object.class).hasSize(0);
    }

    @Test
    void describesOneModelById() {
        graphQl.document("""
                {
                  model(id: "behavioural") { family name formula source inputs scale { min max unit } }
                }
                """)
                .execute()
                .path("model.family").entity(String.class).isEqualTo("LOYALTY")
                .path("model.inputs").entityList(String.class).containsExactly("PROFILE")
                .path("model.scale.max").entity(Double.class).isEqualTo(100.0)
                .path("model.source").entity(String.class).satisfies(source -> assertThat(source).contains("Dick"));
        graphQl.document("{ model(id: \"nope\") { id } }").execute().path("model").valueIsNull();
    }

    @Test
    void theBundledLibraryCoversEveryFamily() {
        List<Map> bundled = graphQl.document("{ models { id family plugin { id } formula source } }").execute()
                .path("models[?(@.plugin.id != 'faulty' && @.plugin.id != 'fixtures')]").entityList(Map.class).get();

        assertThat(bundled).hasSizeGreaterThanOrEqualTo(20);
        for (String family : List.of("SEGMENTATION", "SATISFACTION", "LOYALTY")) {
            assertThat(bundled).filteredOn(model -> family.equals(model.get("family"))).hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(bundled).allSatisfy(model -> assertThat((String) model.get("source")).hasSizeGreaterThan(20));
    }
}
