package io.customerlens.analytics;

import io.customerlens.scoring.BatchScoring.Choice;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.web.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Checks that a chosen model is of a family a view can use. */
final class Families {

    private Families() {
    }

    static Choice require(Choice choice, String argument, ModelFamily... allowed) {
        if (Arrays.asList(allowed).contains(choice.family())) {
            return choice;
        }
        throw new InvalidInputException(argument, "'" + choice.model().id() + "' is a " + name(choice.family())
                + " model; this view needs a " + Arrays.stream(allowed).map(Families::name)
                .collect(Collectors.joining(" or ")) + " model");
    }

    static String name(ModelFamily family) {
        return family.name().toLowerCase(Locale.ROOT);
    }
}
