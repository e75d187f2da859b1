package io.customerlens.tck;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.Segment;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.sdk.SegmentationModel;
import java.util.List;
import org.pf4j.Extension;

/** A model that meets the contract: frequency bins against the population, as "top" or "rest". */
@Extension
public class WellBehavedModel implements SegmentationModel {

    static final SegmentDefinition TOP = new SegmentDefinition("top", "Top", 1, "frequency above the cut");
    static final SegmentDefinition REST = new SegmentDefinition("rest", "Rest", 2, "everyone else");
    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("well-behaved", ModelFamily.SEGMENTATION)
            .name("Well behaved").version("1.0.0").description("A fixture that meets the contract.")
            .formula("top when the order count is in the highest of `bins` population bins, else rest")
            .source("Kit fixture.")
            .parameter(ParameterSpec.integer("bins", "population bins", 4, 2, 10))
            .parameter(ParameterSpec.choice("measure", "what is binned", "frequency", "frequency", "monetary"))
            .inputs(CustomerData.POPULATION)
            .segment(TOP).segment(REST)
            .build();

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Segment evaluate(CustomerSnapshot customer, ScoringContext context) {
        int bins = context.parameters().integer("bins");
        boolean monetary = context.parameters().choice("measure").equals("monetary");
        var population = monetary ? context.population().monetary() : context.population().frequency();
        if (customer.orderSummary().count() == 0 || population.isEmpty()) {
            return REST.assign(List.of("no orders"), List.of());
        }
        double value = monetary ? customer.orderSummary().total() : customer.orderSummary().count();
        int bin = population.bin(value, bins);
        return (bin == bins ? TOP : REST).assign(List.of("bin " + bin + " of " + bins),
                List.of(new Component("bin", bin, "population bin")));
    }
}
