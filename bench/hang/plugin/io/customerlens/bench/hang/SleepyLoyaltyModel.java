package io.customerlens.bench.hang;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.LoyaltyModel;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import java.util.List;

/** A loyalty model that sleeps 60 s on every customer. */
public class SleepyLoyaltyModel implements LoyaltyModel {

    @Override
    public ModelDescriptor descriptor() {
        return ModelDescriptor.builder("sleepy-loyalty", ModelFamily.LOYALTY)
                .name("Sleepy loyalty").version("1.0.0").description("Sleeps 60 s per customer.")
                .formula("none").source("benchmark").scale(new Scale(0, 100, "points")).build();
    }

    @Override
    public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
        Sleep.sixtySeconds();
        return new Score(1.0, new Scale(0, 100, "points"), "late", List.of(), "");
    }
}
