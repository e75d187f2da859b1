package io.customerlens.kano;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.customerlens.security.Role;
import io.customerlens.support.ControllerSliceTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** {@code kanoAnalysis} over a mocked {@link KanoAnalyses}: schema mapping, the filter argument, roles. */
@GraphQlTest(KanoController.class)
class KanoControllerTest extends ControllerSliceTest {

    // language=GraphQL
    private static final String ANALYSIS = """
            query kano($filter: CustomerFilter) {
              kanoAnalysis(filter: $filter) {
                customers respondents
                attributes {
                  attribute respondents category better worse
                  counts { attractive performance mustBe indifferent reverse questionable }
                }
              }
            }
            """;

    @MockitoBean
    private KanoAnalyses kano;

    @Test
    void mapsTheAnalysisOntoTheSchema() {
        when(kano.analyse(any())).thenReturn(new KanoAnalysis(10, 4, List.of(
                new KanoAttribute("delivery", 4, KanoCategory.MUST_BE,
                        new KanoAttribute.Counts(1, 0, 3, 0, 0, 0), 0.25, -0.75),
                new KanoAttribute("chat", 1, KanoCategory.QUESTIONABLE,
                        new KanoAttribute.Counts(0, 0, 0, 0, 0, 1), null, null))));
        var response = as(Role.ANALYST, false).document(ANALYSIS).execute();
        response.path("kanoAnalysis.customers").entity(Integer.class).isEqualTo(10);
        response.path("kanoAnalysis.attributes[0].category").entity(String.class).isEqualTo("MUST_BE");
        response.path("kanoAnalysis.attributes[0].counts.mustBe").entity(Integer.class).isEqualTo(3);
        response.path("kanoAnalysis.attributes[0].worse").entity(Double.class).isEqualTo(-0.75);
        response.path("kanoAnalysis.attributes[1].better").valueIsNull();
    }

    @Test
    void passesTheFilterOn() {
        when(kano.analyse(any())).thenReturn(new KanoAnalysis(0, 0, List.of()));
        as(Role.ANALYST, false).document(ANALYSIS)
                .variable("filter", Map.of("region", "north", "joinedFrom", "2024-01-01")).execute()
                .path("kanoAnalysis.attributes").entityList(Object.class).hasSize(0);
        verify(kano).analyse(argThat(filter -> "north".equals(filter.region())
                && "2024-01-01".equals(String.valueOf(filter.joinedFrom()))));
    }

    @Test
    void needsTheAnalystRole() {
        as(Role.VIEWER, true).document(ANALYSIS).execute()
                .errors().satisfy(onlyError(ErrorType.FORBIDDEN,
                        "kanoAnalysis needs the analyst role; this API key has viewer"));
        verifyNoInteractions(kano);
    }

    @Test
    void aTextSearchNeedsThePersonalDataRight() {
        as(Role.ANALYST, false).document(ANALYSIS).variable("filter", Map.of("text", "ada")).execute()
                .errors().satisfy(onlyError(ErrorType.FORBIDDEN,
                        "kanoAnalysis(filter.text) searches names and e-mail"));
        verifyNoInteractions(kano);
    }
}
