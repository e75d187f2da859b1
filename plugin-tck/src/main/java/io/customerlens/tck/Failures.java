package io.customerlens.tck;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;

/** Collects every problem a check finds, so one run shows them all, then fails once naming them. */
final class Failures {

    private static final int SHOWN = 15;

    private final String model;
    private final List<String> problems = new ArrayList<>();

    Failures(String model) {
        this.model = model;
    }

    void add(String problem) {
        problems.add(problem);
    }

    void add(String what, Throwable thrown) {
        problems.add(what + " threw " + thrown.getClass().getName() + ": " + thrown.getMessage());
    }

    void check() {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("model '" + model + "': " + problems.size() + " problem(s)");
        problems.stream().limit(SHOWN).forEach(problem -> message.append("\n  - ").append(problem));
        if (problems.size() > SHOWN) {
            message.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
        }
        Assertions.fail(message.toString());
    }
}
