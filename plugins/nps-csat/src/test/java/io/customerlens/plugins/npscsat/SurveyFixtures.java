package io.customerlens.plugins.npscsat;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.SurveyResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Shared test data: four surveys before 2025-06-30. */
final class SurveyFixtures {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private SurveyFixtures() {
    }

    /**
     * <pre>
     * 2025-03-01  NPS 6  CSAT 3
     * 2025-05-10  NPS 8  CSAT 4
     * 2025-06-20  NPS 9  CSAT 5
     * 2025-06-25  -      CSAT 2
     * </pre>
     */
    static CustomerSnapshot fourSurveys() {
        return CustomerSnapshot.builder("c")
                .survey(survey("2025-06-25T10:00:00Z", null, 2)) // added out of order: the builder sorts
                .survey(survey("2025-03-01T10:00:00Z", 6, 3))
                .survey(survey("2025-05-10T10:00:00Z", 8, 4))
                .survey(survey("2025-06-20T10:00:00Z", 9, 5))
                .build();
    }

    static SurveyResponse survey(String at, Integer nps, Integer csat) {
        return new SurveyResponse(Instant.parse(at), nps, csat, null, null);
    }

    static SurveyResponse ces(String at, Integer ces) {
        return new SurveyResponse(Instant.parse(at), null, null, ces, null);
    }

    static ScoringContext context(ModelDescriptor descriptor, Map<String, ?> raw) {
        return new ScoringContext(Parameters.resolve(descriptor.parameters(), raw), PopulationStatistics.EMPTY, AS_OF);
    }
}
