package io.customerlens.plugins.acsi;

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

/** Shared test data, as of 2025-06-30. */
final class AcsiFixtures {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private AcsiFixtures() {
    }

    /**
     * The README's worked example.
     * <pre>
     * surveys     2025-03-01  acsi_overall 6, acsi_expectations 5, acsi_ideal 7
     *             2025-06-10  acsi_overall 9, acsi_expectations 8
     *             2025-06-12  NPS 9 only (no ACSI item)
     * complaints  2025-02-01  RESOLVED
     *             2025-06-15  UNRESOLVED
     *             2025-06-20  ESCALATED
     * other       2025-06-22  INQUIRY, OPEN (not a complaint)
     * </pre>
     */
    static CustomerSnapshot example() {
        return CustomerSnapshot.builder("c")
                .survey(acsi("2025-06-10T10:00:00Z", Map.of("acsi_overall", 9.0, "acsi_expectations", 8.0)))
                .survey(acsi("2025-03-01T10:00:00Z",
                        Map.of("acsi_overall", 6.0, "acsi_expectations", 5.0, "acsi_ideal", 7.0)))
                .survey(new SurveyResponse(Instant.parse("2025-06-12T10:00:00Z"), 9, null, null, null))
                .interaction(complaint("2025-02-01T09:00:00Z", "2025-02-02T09:00:00Z", InteractionOutcome.RESOLVED))
                .interaction(complaint("2025-06-15T09:00:00Z", "2025-06-16T09:00:00Z", InteractionOutcome.UNRESOLVED))
                .interaction(complaint("2025-06-20T09:00:00Z", null, InteractionOutcome.ESCALATED))
                .interaction(new ServiceInteraction(Instant.parse("2025-06-22T09:00:00Z"), null, "chat",
                        InteractionKind.INQUIRY, InteractionOutcome.OPEN))
                .build();
    }

    static SurveyResponse acsi(String at, Map<String, Double> items) {
        return new SurveyResponse(Instant.parse(at), null, null, null, items);
    }

    static ServiceInteraction complaint(String opened, String resolved, InteractionOutcome outcome) {
        return new ServiceInteraction(Instant.parse(opened), resolved == null ? null : Instant.parse(resolved),
                "phone", InteractionKind.COMPLAINT, outcome);
    }

    static ScoringContext context(Map<String, ?> raw) {
        return new ScoringContext(Parameters.resolve(AcsiModel.DESCRIPTOR.parameters(), raw),
                PopulationStatistics.EMPTY, AS_OF);
    }

    static double component(Score score, String name) {
        return score.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().value();
    }
}
