package io.customerlens.backtest;

import io.customerlens.backtest.Backtest.ModelResult;
import io.customerlens.backtest.Backtest.RankedModel;
import io.customerlens.backtest.Backtest.Ranking;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** The models of a backtest ranked on each measure; models without a value for it are left out of that ranking. */
final class Rankings {

    private record Measure(String name, boolean higherIsBetter, Function<ModelResult, Double> value,
                           ToIntFunction<ModelResult> customers) {
    }

    private static final List<Measure> MEASURES = List.of(
            new Measure("auc", true, ModelResult::auc, ModelResult::scored),
            new Measure("spearmanSpend", true, ModelResult::spearmanSpend, ModelResult::scored),
            new Measure("topFifthSpendShare", true, ModelResult::topFifthSpendShare, ModelResult::scored),
            new Measure("prediction.auc", true, r -> r.prediction() == null ? null : r.prediction().auc(),
                    r -> r.prediction() == null ? 0 : r.prediction().customers()),
            new Measure("prediction.meanAbsoluteError", false,
                    r -> r.prediction() == null ? null : r.prediction().meanAbsoluteError(),
                    r -> r.prediction() == null ? 0 : r.prediction().customers()));

    private Rankings() {
    }

    static List<Ranking> of(List<ModelResult> results) {
        List<Ranking> rankings = new ArrayList<>();
        for (Measure measure : MEASURES) {
            Comparator<ModelResult> byValue = Comparator.comparingDouble(r -> measure.value().apply(r));
            List<ModelResult> ranked = results.stream().filter(r -> measure.value().apply(r) != null)
                    .sorted(measure.higherIsBetter() ? byValue.reversed() : byValue).toList();
            if (ranked.isEmpty()) {
                continue;
            }
            List<RankedModel> models = new ArrayList<>();
            for (int i = 0; i < ranked.size(); i++) {
                ModelResult result = ranked.get(i);
                double value = measure.value().apply(result);
                // Equal values share a rank (1, 1, 3).
                int rank = i > 0 && value == models.get(i - 1).value() ? models.get(i - 1).rank() : i + 1;
                models.add(new RankedModel(rank, result.model(), value, measure.customers().applyAsInt(result)));
            }
            rankings.add(new Ranking(measure.name(), measure.higherIsBetter(), models));
        }
        return rankings;
    }
}
