package io.customerlens.playbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The playbooks shipped for the bundled models, read from {@code playbooks/defaults.json} on the class path. */
final class PlaybookDefaults {

    static final String RESOURCE = "playbooks/defaults.json";

    /**
     * One model's default playbook.
     *
     * @param model    model id
     * @param segments for a segmentation model
     * @param bands    for a satisfaction or loyalty model
     */
    record Entry(String model, List<SegmentPlay> segments, List<BandPlay> bands) {
        Entry {
            segments = segments == null ? List.of() : List.copyOf(segments);
            bands = bands == null ? List.of() : List.copyOf(bands);
        }
    }

    private PlaybookDefaults() {
    }

    /** @return every default playbook, in file order */
    static List<Entry> load() {
        ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return List.of(json.readValue(in, Entry[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
