package io.customerlens.bench.hang;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.Segment;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.sdk.SegmentationModel;
import java.util.List;

/** A segmentation model that sleeps 60 s on every customer. */
public class SleepySegmentModel implements SegmentationModel {

    @Override
    public ModelDescriptor descriptor() {
        return ModelDescriptor.builder("sleepy-segments", ModelFamily.SEGMENTATION)
                .name("Sleepy segments").version("1.0.0").description("Sleeps 60 s per customer.")
                .formula("none").source("benchmark").segment(new SegmentDefinition("late", "Late", 1, "")).build();
    }

    @Override
    public Segment evaluate(CustomerSnapshot customer, ScoringContext context) {
        Sleep.sixtySeconds();
        return new Segment("late", "Late", 1, List.of(), List.of());
    }
}
