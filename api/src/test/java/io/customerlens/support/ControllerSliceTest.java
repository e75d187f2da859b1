package io.customerlens.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.customer.CustomerStore;
import io.customerlens.scoring.CustomerScoring;
import io.customerlens.security.Caller;
import io.customerlens.security.Role;
import io.customerlens.web.GraphQlSliceConfiguration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Base of the controller slice tests ({@code @GraphQlTest(SomeController.class)} on the subclass): one feature's
 * controllers behind the real schema, access directives, scalars and error classification, with its services
 * mocked, no HTTP server and no store. They check schema mapping, arguments and how errors are reported; the
 * {@link IntegrationTest}s keep the paths where the whole stack is the point.
 */
@Import(GraphQlSliceConfiguration.class)
public abstract class ControllerSliceTest {

    /** Every slice wires the Customer scoring fields (scoring's RuntimeWiringConfigurer), so it needs this. */
    @MockitoBean
    protected CustomerScoring scoring;

    /** The federation entity resolver every slice carries (GraphQlSliceConfiguration) reads customers from it. */
    @MockitoBean
    protected CustomerStore customerStore;

    @Autowired
    private ExecutionGraphQlServiceTester tester;

    /** @return a tester whose requests come from a caller with this role, who sees personal data or not */
    protected GraphQlTester as(Role role, boolean seesPersonalData) {
        Caller caller = new Caller("test " + role.name().toLowerCase(Locale.ROOT), role, seesPersonalData);
        return tester.mutate()
                .configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Caller.CONTEXT_KEY, caller))
                        .build())
                .build();
    }

    /** @return a tester whose requests carry no caller, as when anonymous access is off and no key was sent */
    protected GraphQlTester withoutCaller() {
        return tester;
    }

    /** @return a check, for {@code errors().satisfy(...)}, that there is one error, of this type */
    protected static Consumer<List<ResponseError>> onlyError(ErrorType type) {
        return onlyError(type, "");
    }

    /**
     * @return a check, for {@code errors().satisfy(...)}, that there is one error, of this type, whose message
     *         starts with the given text (the whole message, where the test pins it)
     */
    protected static Consumer<List<ResponseError>> onlyError(ErrorType type, String messageStart) {
        return errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getErrorType()).isEqualTo(type);
            assertThat(error.getMessage()).startsWith(messageStart);
        });
    }
}
