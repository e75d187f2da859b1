package io.customerlens.playbook;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of a model's playbook. Versions are never changed: an edit inserts the next version, and the unique
 * index on model and version makes two concurrent edits of the same version fail for all but one.
 *
 * @param id       id
 * @param model    the model id
 * @param version  1 for the first, then one more per edit; the highest is served
 * @param segments for a segmentation model: actions per segment code
 * @param bands    for a satisfaction or loyalty model: actions per value range
 * @param note     why it was changed
 * @param editedBy the API key name of the editor, or {@code defaults} for the shipped defaults
 * @param editedAt when this version was stored
 */
@Document(Playbook.COLLECTION)
@CompoundIndex(name = "model_version", unique = true, def = "{'model': 1, 'version': -1}")
public record Playbook(@Id String id, String model, int version, List<SegmentPlay> segments, List<BandPlay> bands,
                       String note, String editedBy, Instant editedAt) {

    public static final String COLLECTION = "playbooks";
    static final String DEFAULTS = "defaults";

    public Playbook {
        segments = segments == null ? List.of() : List.copyOf(segments);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /** @return the actions for a segment code; none when the playbook has no entry for it */
    List<Action> forSegment(String code) {
        return segments.stream().filter(play -> play.segment().equals(code)).findFirst()
                .map(SegmentPlay::actions).orElse(List.of());
    }

    /** @return the actions of the band holding the value (see {@link BandPlay}); none when no band does */
    List<Action> forValue(Double value) {
        if (value == null) {
            return List.of();
        }
        for (BandPlay band : bands) {
            boolean topIncluded = value == band.max() && bands.stream().noneMatch(other -> other.min() == band.max());
            if (value >= band.min() && (value < band.max() || topIncluded)) {
                return band.actions();
            }
        }
        return List.of();
    }
}
