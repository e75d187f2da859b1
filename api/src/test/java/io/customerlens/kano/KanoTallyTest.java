package io.customerlens.kano;

import static io.customerlens.customer.KanoResponse.DISLIKE;
import static io.customerlens.customer.KanoResponse.LIKE;
import static io.customerlens.customer.KanoResponse.LIVE_WITH;
import static io.customerlens.customer.KanoResponse.MUST_BE;
import static io.customerlens.customer.KanoResponse.NEUTRAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.customer.KanoAnswer;
import io.customerlens.customer.KanoResponse;
import io.customerlens.customer.Survey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Categories, tie rule and coefficients on answers counted by hand. */
class KanoTallyTest {

    private static final Instant T = Instant.parse("2025-05-01T00:00:00Z");

    private static Survey survey(Instant at, KanoAnswer... answers) {
        return new Survey("s", "c", at, null, null, null, Map.of(), null, at, List.of(answers), null);
    }

    private static KanoAnswer pair(String attribute, KanoResponse functional, KanoResponse dysfunctional) {
        return new KanoAnswer(attribute, functional, dysfunctional);
    }

    private static void repeat(KanoTally tally, int times, KanoAnswer answer) {
        for (int i = 0; i < times; i++) {
            tally.add(List.of(survey(T, answer)));
        }
    }

    @Test
    void countsClassifiesAndComputesBetterAndWorse() {
        KanoTally tally = new KanoTally();
        // delivery: O 4, M 3, A 2, I 1 -> performance; better (2 + 4) / 10 = 0.6; worse -(4 + 3) / 10 = -0.7
        repeat(tally, 4, pair("delivery", LIKE, DISLIKE));
        repeat(tally, 3, pair("delivery", NEUTRAL, DISLIKE));
        repeat(tally, 2, pair("delivery", LIKE, NEUTRAL));
        repeat(tally, 1, pair("delivery", LIVE_WITH, MUST_BE));
        // gift-wrap: A 2, I 2 (tie -> attractive), R 1, Q 1; better 2 / 4 = 0.5; worse 0 / 4 = 0
        repeat(tally, 2, pair("gift-wrap", LIKE, LIVE_WITH));
        repeat(tally, 2, pair("gift-wrap", NEUTRAL, NEUTRAL));
        repeat(tally, 1, pair("gift-wrap", DISLIKE, LIKE));
        repeat(tally, 1, pair("gift-wrap", LIKE, LIKE));
        // returns: M 2, O 2 (tie -> must-be); better 2 / 4 = 0.5; worse -4 / 4 = -1
        repeat(tally, 2, pair("returns", MUST_BE, DISLIKE));
        repeat(tally, 2, pair("returns", LIKE, DISLIKE));
        // survey: Q only -> questionable, no coefficients
        repeat(tally, 1, pair("survey", DISLIKE, DISLIKE));

        assertThat(tally.respondents()).isEqualTo(10 + 6 + 4 + 1);
        List<KanoAttribute> attributes = tally.attributes();
        assertThat(attributes).extracting(KanoAttribute::attribute).containsExactly("delivery", "gift-wrap", "returns", "survey");
        assertThat(attributes).extracting(KanoAttribute::category).containsExactly(KanoCategory.PERFORMANCE,
                KanoCategory.ATTRACTIVE, KanoCategory.MUST_BE, KanoCategory.QUESTIONABLE);
        assertThat(attributes).extracting(KanoAttribute::respondents).containsExactly(10, 6, 4, 1);
        assertThat(attributes.get(0).counts()).isEqualTo(new KanoAttribute.Counts(2, 4, 3, 1, 0, 0));
        assertThat(attributes.get(1).counts()).isEqualTo(new KanoAttribute.Counts(2, 0, 0, 2, 1, 1));
        assertThat(attributes.get(0).better()).isCloseTo(0.6, within(1e-12));
        assertThat(attributes.get(0).worse()).isCloseTo(-0.7, within(1e-12));
        assertThat(attributes.get(1).better()).isEqualTo(0.5);
        assertThat(attributes.get(1).worse()).isEqualTo(0.0);
        assertThat(attributes.get(2).better()).isEqualTo(0.5);
        assertThat(attributes.get(2).worse()).isEqualTo(-1.0);
        assertThat(attributes.get(3).better()).isNull();
        assertThat(attributes.get(3).worse()).isNull();
    }

    @Test
    void aCustomersLatestAnswerPerAttributeIsTheOneCounted() {
        KanoTally tally = new KanoTally();
        // newest first in the list on purpose: time, not list order, decides
        tally.add(List.of(survey(T.plusSeconds(60), pair("delivery", NEUTRAL, DISLIKE)),
                survey(T, pair("delivery", LIKE, NEUTRAL), pair("chat", LIKE, DISLIKE))));
        tally.add(List.of(survey(T)));
        assertThat(tally.respondents()).isEqualTo(1);
        assertThat(tally.attributes()).extracting(KanoAttribute::attribute, KanoAttribute::category).containsExactly(
                org.assertj.core.groups.Tuple.tuple("chat", KanoCategory.PERFORMANCE),
                org.assertj.core.groups.Tuple.tuple("delivery", KanoCategory.MUST_BE));
    }
}
