package io.customerlens.trusted;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.context.TestPropertySource;

/** With trusted documents on, only registered texts run for non-admins; shipped example files are registered. */
@TestPropertySource(properties = "customerlens.trusted-documents.enabled=true")
class TrustedDocumentsGraphQlTest extends IntegrationTest {

    private static final String MODELS = "{ models { id } }";

    @Test
    void anUnregisteredDocumentIsRefusedNamingItsIdUntilAnAdminRegistersIt() {
        String id = TrustedDocuments.idOf(MODELS);
        as(Role.VIEWER).document(MODELS).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
                    assertThat(error.getMessage()).isEqualTo("this server runs only trusted documents, and this one ("
                            + id + ") is not: send the text of a registered document unchanged, or have an admin"
                            + " register it (registerTrustedDocument)");
                    assertThat(error.getExtensions()).containsEntry("documentId", id);
                }));
        // an admin may run anything, and registers it
        graphQl.document("mutation($d: String!) { registerTrustedDocument(document: $d) { id operations source registeredBy } }")
                .variable("d", MODELS).execute()
                .path("registerTrustedDocument.id").entity(String.class).isEqualTo(id)
                .path("registerTrustedDocument.operations").entityList(String.class).containsExactly("(anonymous)")
                .path("registerTrustedDocument.source").entity(String.class).isEqualTo("registered")
                .path("registerTrustedDocument.registeredBy").entity(String.class).isEqualTo("test admin");

        as(Role.VIEWER).document(MODELS).execute().path("models").entityList(Object.class).hasSizeGreaterThan(5);
        // one character more is another document
        as(Role.VIEWER).document(MODELS + " ").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
    }

    @Test
    void theShippedExampleFilesAreTrustedAndListed() throws Exception {
        String distributions = new ClassPathResource("static/examples/distributions.graphql")
                .getContentAsString(StandardCharsets.UTF_8);
        as(Role.ANALYST).document(distributions).operationName("Distributions").execute().errors()
                .satisfy(errors -> assertThat(errors).noneMatch(error -> error.getErrorType() == ErrorType.FORBIDDEN));

        List<Map> listed = graphQl.document("{ trustedDocuments { id source operations } }").execute()
                .path("trustedDocuments").entityList(Map.class).get();
        assertThat(listed).extracting(document -> document.get("source"))
                .contains("distributions.graphql", "compare-models.graphql", "backtest.graphql", "playbooks.graphql",
                        "transitions.graphql");
        assertThat(listed).filteredOn(document -> "distributions.graphql".equals(document.get("source")))
                .singleElement().satisfies(document -> assertThat(document.get("id"))
                        .isEqualTo(TrustedDocuments.idOf(distributions)));
    }

    @Test
    void registeringTextThatIsNoOperationIsABadRequest() {
        graphQl.document("mutation($d: String!) { registerTrustedDocument(document: $d) { id } }")
                .variable("d", "query {").execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> {
                            assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                            assertThat(error.getMessage()).startsWith("document: is not a GraphQL document");
                        }));
        assertThat(mongo.count(new Query(), TrustedDocument.COLLECTION)).isZero();
    }
}
