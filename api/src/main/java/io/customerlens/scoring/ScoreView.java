package io.customerlens.scoring;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.Score;
import java.util.List;

/** A score as GraphQL shows it: the SDK's {@link Score} plus the model that produced it. */
public record ScoreView(ModelRef model, Double value, double min, double max, String unit, String band,
                        List<Component> components, String explanation) {

    static ScoreView of(ModelRef model, Score score) {
        return new ScoreView(model, score.value(), score.scale().min(), score.scale().max(), score.scale().unit(),
                score.band(), score.components(), score.explanation());
    }
}
