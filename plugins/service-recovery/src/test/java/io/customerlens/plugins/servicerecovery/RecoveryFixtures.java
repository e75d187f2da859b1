package io.customerlens.plugins.servicerecovery;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InteractionKind;
import io.customerlens.sdk.InteractionOutcome;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.ServiceInteraction;
import io.customerlens.sdk.SurveyResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Shared test data, as of 2025-06-30: open complaints are aged to 2025-07-01T00:00:00Z. */
final class RecoveryFixtures {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private RecoveryFixtures() {
    }

    /**
     * The README's worked example.
     * <pre>
     * surveys     2025-05-01 10:00  CSAT 4
     *             2025-06-05 10:00  CSAT 5, NPS 9
     * complaints  2025-06-02 09:00  RESOLVED 2025-06-02 13:00  (exactly 4 hours)
     *             2025-06-10 09:00  RESOLVED 2025-06-11 09:00  (24 hours)
     *             2025-06-20 09:00  UNRESOLVED, closed 2025-06-21 09:00
     *             2025-06-30 21:00  OPEN                       (3 hours at the end of the as-of day)
     * other       2025-06-25 09:00  INQUIRY, RESOLVED
     * </pre>
     */
    static CustomerSnapshot example() {
        return CustomerSnapshot.builder("c")
                .survey(survey("2025-06-05T10:00:00Z", 9, 5))
                .survey(survey("2025-05-01T10:00:00Z", null, 4))
                .interaction(complaint("2025-06-02T09:00:00Z", "2025-06-02T13:00:00Z", InteractionOutcome.RESOLVED))
                .interaction(complaint("2025-06-10T09:00:00Z", "2025-06-11T09:00:00Z", InteractionOutcome.RESOLVED))
                .interaction(complaint("2025-06-20T09:00:00Z", "2025-06-21T09:00:00Z", InteractionOutcome.UNRESOLVED))
                .interaction(complaint("2025-06-30T21:00:00Z", null, InteractionOutcome.OPEN))
                .interaction(new ServiceInteraction(Instant.parse("2025-06-25T09:00:00Z"),
                        Instant.parse("2025-06-25T09:30:00Z"), "chat", InteractionKind.INQUIRY,
                        InteractionOutcome.RESOLVED))
                .build();
    }

    static SurveyResponse survey(String at, Integer nps, Integer csat) {
        return new SurveyResponse(Instant.parse(at), nps, csat, null, null);
    }

    static ServiceInteraction complaint(String opened, String resolved, InteractionOutcome outcome) {
        return new ServiceInteraction(Instant.parse(opened), resolved == null ? null : Instant.parse(resolved),
                "phone", InteractionKind.COMPLAINT, outcome);
    }

    static ScoringContext context(Map<String, ?> raw) {
        return new ScoringContext(Parameters.resolve(ServiceRecoveryModel.DESCRIPTOR.parameters(), raw),
                PopulationStatistics.EMPTY, AS_OF);
    }

    static double component(Score score, String name) {
        return score.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().value();
    }
}
