package io.customerlens.kano;

import static io.customerlens.customer.KanoResponse.DISLIKE;
import static io.customerlens.customer.KanoResponse.LIKE;
import static io.customerlens.customer.KanoResponse.LIVE_WITH;
import static io.customerlens.customer.KanoResponse.MUST_BE;
import static io.customerlens.customer.KanoResponse.NEUTRAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.customer.KanoResponse;
import org.junit.jupiter.api.Test;

/** The evaluation table of Berger et al. (1993), cell by cell. */
class KanoCategoryTest {

    private static final KanoResponse[] ORDER = {LIKE, MUST_BE, NEUTRAL, LIVE_WITH, DISLIKE};
    // rows: functional; columns: dysfunctional; as printed in the table
    private static final String[] TABLE = {
            "QAAAO",
            "RIIIM",
            "RIIIM",
            "RIIIM",
            "RRRRQ"};

    @Test
    void everyPairIsClassifiedAsTheTablePrintsIt() {
        for (int f = 0; f < ORDER.length; f++) {
            for (int d = 0; d < ORDER.length; d++) {
                KanoCategory expected = switch (TABLE[f].charAt(d)) {
                    case 'A' -> KanoCategory.ATTRACTIVE;
                    case 'O' -> KanoCategory.PERFORMANCE;
                    case 'M' -> KanoCategory.MUST_BE;
                    case 'I' -> KanoCategory.INDIFFERENT;
                    case 'R' -> KanoCategory.REVERSE;
                    default -> KanoCategory.QUESTIONABLE;
                };
                assertThat(KanoCategory.of(ORDER[f], ORDER[d])).as(ORDER[f] + " / " + ORDER[d]).isEqualTo(expected);
            }
        }
    }
}
