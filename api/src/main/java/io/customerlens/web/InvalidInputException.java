package io.customerlens.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.graphql.execution.ErrorType;

/** An input failed its checks; nothing was stored. Reported as a BAD_REQUEST error listing every problem. */
public class InvalidInputException extends RuntimeException implements ClassifiedError {

    private final List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new InputProblem(field, message)));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    @Override
    public ErrorType errorType() {
        return ErrorType.BAD_REQUEST;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("problems", problems.stream()
                .map(InvalidInputException::problemEntry).toList());
    }

    private static Map<String, Object> problemEntry(InputProblem problem) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("field", problem.field());
        entry.put("message", problem.message());
        return entry;
    }
}
