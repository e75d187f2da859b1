package io.customerlens.playbook;

import java.util.List;

/**
 * The {@code savePlaybook} input: the whole new content of a model's playbook.
 *
 * @param model           the model id
 * @param expectedVersion the version the edit was based on (0 when the model has none yet); the save is refused
 *                        when another edit came first
 * @param segments        for a segmentation model
 * @param bands           for a satisfaction or loyalty model
 * @param note            why it changed
 */
public record SavePlaybookInput(String model, int expectedVersion, List<SegmentPlay> segments, List<BandPlay> bands,
                                String note) {
}
