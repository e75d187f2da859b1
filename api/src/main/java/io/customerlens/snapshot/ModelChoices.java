package io.customerlens.snapshot;

import io.customerlens.scoring.BatchScoring;
import io.customerlens.scoring.ModelParameterException;
import io.customerlens.scoring.UnknownModelException;
import io.customerlens.web.InputProblem;
import io.customerlens.web.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Checks model choices before anything runs, naming the offending argument in each problem. */
@Component
class ModelChoices {

    static final int MAX_MODELS = 10;

    private final BatchScoring scoring;

    ModelChoices(BatchScoring scoring) {
        this.scoring = scoring;
    }

    /**
     * @param choices  the choices
     * @param argument their argument path, e.g. {@code input.models}
     * @return the checked choices, in order
     * @throws InvalidInputException listing every problem: unknown models, bad parameters, repeats
     */
    List<ModelKey> check(List<ModelChoice> choices, String argument) {
        if (choices == null || choices.isEmpty() || choices.size() > MAX_MODELS) {
            throw new InvalidInputException(argument, "must list 1 to " + MAX_MODELS + " models"
                    + (choices == null ? "" : " (got " + choices.size() + ")"));
        }
        List<InputProblem> problems = new ArrayList<>();
        List<ModelKey> keys = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < choices.size(); i++) {
            String path = argument + "[" + i + "]";
            try {
                ModelKey key = one(choices.get(i).model(), choices.get(i).params(), path + ".model", path + ".params");
                Integer earlier = seen.putIfAbsent(key.modelId() + "|" + key.paramsHash(), i);
                if (earlier != null) {
                    problems.add(new InputProblem(path, "repeats " + argument + "[" + earlier + "] (" + key + ")"));
                }
                keys.add(key);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return keys;
    }

    /**
     * @return the checked choice
     * @throws InvalidInputException naming {@code modelField} for an unknown model, {@code paramsField} for bad
     *                               parameters
     */
    ModelKey one(String model, Map<String, Object> params, String modelField, String paramsField) {
        try {
            return ModelKey.of(scoring.choose(model, params));
        } catch (UnknownModelException e) {
            throw new InvalidInputException(modelField, e.getMessage());
        } catch (ModelParameterException e) {
            throw new InvalidInputException(paramsField, e.getMessage());
        }
    }
}
