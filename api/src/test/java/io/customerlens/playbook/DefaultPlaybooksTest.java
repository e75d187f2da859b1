package io.customerlens.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.web.InputChecks;
import io.customerlens.scoring.ModelRegistry;
import io.customerlens.scoring.RegisteredModel;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shipped defaults cover every model in the catalogue: each segment of a segmentation model, and each score's
 * whole scale without gaps. A model added later fails here until it gets a default playbook.
 */
class DefaultPlaybooksTest extends IntegrationTest {

    @Autowired
    private ModelRegistry registry;

    private final Map<String, PlaybookDefaults.Entry> defaults = PlaybookDefaults.load().stream()
            .collect(Collectors.toMap(PlaybookDefaults.Entry::model, Function.identity()));

    @Test
    void everyCatalogueModelHasAValidDefaultCoveringAllItsSegmentsOrItsWholeScale() throws IOException {
        Set<String> bundled = bundledPluginIds();
        List<RegisteredModel> models = registry.list(null).stream().filter(m -> bundled.contains(m.pluginId())).toList();
        assertThat(models).hasSizeGreaterThanOrEqualTo(16);
        SoftAssertions soft = new SoftAssertions();
        for (RegisteredModel model : models) {
            ModelDescriptor descriptor = model.descriptor();
            PlaybookDefaults.Entry entry = defaults.get(model.id());
            soft.assertThat(entry).as("default playbook of " + model.id()).isNotNull();
            if (entry == null) {
                continue;
            }
            InputChecks checks = InputChecks.of(model.id());
            PlaybookChecks.check(checks, descriptor, entry.segments(), entry.bands());
            soft.assertThatCode(checks::throwIfInvalid).as("default of " + model.id()).doesNotThrowAnyException();
            if (descriptor.family() == ModelFamily.SEGMENTATION) {
                soft.assertThat(entry.segments()).as("segments of " + model.id()).extracting(SegmentPlay::segment)
                        .containsExactlyInAnyOrderElementsOf(descriptor.segments().stream().map(SegmentDefinition::code).toList());
            } else {
                assertCovers(soft, model.id(), entry.bands(), descriptor.scale().min(), descriptor.scale().max());
            }
        }
        soft.assertAll();
    }

    @Test
    void everyEntryHasActionsOrderedMostUrgentFirst() {
        defaults.values().forEach(entry -> {
            var actions = java.util.stream.Stream.concat(entry.segments().stream().map(SegmentPlay::actions),
                    entry.bands().stream().map(BandPlay::actions)).toList();
            assertThat(actions).as(entry.model()).allSatisfy(list -> assertThat(list).isNotEmpty()
                    .isSortedAccordingTo(Comparator.comparingInt(Action::priority)));
        });
    }

    /** @return the plugin ids of the jars the build bundles (the test folder adds fixtures of its own) */
    private static Set<String> bundledPluginIds() throws IOException {
        Path folder = Path.of(System.getProperty("customerlens.test.bundled-plugins", "../target/customer-lens/plugins"));
        Set<String> ids = new TreeSet<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : jars) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    ids.add(file.getManifest().getMainAttributes().getValue("Plugin-Id"));
                }
            }
        }
        return ids;
    }

    private static void assertCovers(SoftAssertions soft, String model, List<BandPlay> bands, double min, double max) {
        List<BandPlay> ordered = bands.stream().sorted(Comparator.comparingDouble(BandPlay::min)).toList();
        soft.assertThat(ordered).as("bands of " + model).isNotEmpty();
        if (ordered.isEmpty()) {
            return;
        }
        soft.assertThat(ordered.get(0).min()).as(model + " lowest band starts at the scale minimum").isEqualTo(min);
        soft.assertThat(ordered.get(ordered.size() - 1).max()).as(model + " highest band ends at the scale maximum").isEqualTo(max);
        for (int i = 1; i < ordered.size(); i++) {
            soft.assertThat(ordered.get(i).min()).as(model + " band " + i + " starts where the one before ends")
                    .isEqualTo(ordered.get(i - 1).max());
        }
    }
}
