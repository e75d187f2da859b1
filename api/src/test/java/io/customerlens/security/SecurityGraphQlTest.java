package io.customerlens.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import io.customerlens.support.Hashes;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.RawHttp;
import io.customerlens.support.TestKeys;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;

/** API keys, roles per field, and personal data masked for roles without the right to see it. */
class SecurityGraphQlTest extends IntegrationTest {

    @Autowired
    private GraphQlSource graphQlSource;

    @Autowired
    private KeySecret keySecret;

    @Test
    void refusesRequestsWithoutAValidKey() {
        HttpResponse<String> noKey = http.postQuery("{ me { role } }", null);
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(noKey.body()).contains("\"classification\":\"UNAUTHORIZED\"").contains("X-API-Key");

        HttpResponse<String> wrongKey = http.postQuery("{ me { role } }", "not-a-key");
        assertThat(wrongKey.statusCode()).isEqualTo(401);
        assertThat(wrongKey.body()).contains("the API key is not valid");

        HttpResponse<String> bearer = http.send(http.graphQl(RawHttp.queryBody("{ me { role } }"))
                .header("Authorization", "Bearer " + TestKeys.key(Role.ANALYST)));
        assertThat(bearer.body()).contains("\"role\":\"ANALYST\"");
    }

    @Test
    void eachRoleReachesItsFieldsAndNoMore() {
        long before = mongo.getCollection("customers").countDocuments();
        as(Role.VIEWER).document("""
                mutation {
                  createCustomer(input: {externalId: "V-1", name: "Vera"}) { id }
                }
                """)
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
                    assertThat(error.getMessage()).isEqualTo("createCustomer needs the editor role; this API key has viewer");
                    assertThat(error.getExtensions()).containsEntry("requiredRole", "EDITOR");
                }));
        assertThat(mongo.getCollection("customers").countDocuments()).isEqualTo(before);

        as(Role.EDITOR).document("mutation { createCustomer(input: {externalId: \"E-1\", name: \"Ed\"}) { id } }")
                .execute().path("createCustomer.id").hasValue();
        as(Role.EDITOR).document("{ plugins { id } }").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
                    assertThat(error.getMessage()).isEqualTo("plugins needs the admin role; this API key has editor");
                }));
        as(Role.ADMIN).document("{ plugins { id } }").execute().path("plugins").entityList(Object.class).hasSizeGreaterThan(1);
        as(Role.VIEWER).document("{ models { id } customers(first: 1) { edges { node { id } } } }").execute()
                .path("models").entityList(Object.class).hasSizeGreaterThan(10);
    }

    @Test
    void masksPersonalDataForRolesWithoutTheRight() {
        String id = graphQl.document("""
                        mutation { createCustomer(input: {externalId: "P-1", name: "Ada King Lovelace",
                            email: "ada@example.org", phone: "+44 20 7946 0958"}) { id } }""")
                .execute().path("createCustomer.id").entity(String.class).get();
        fixtures.survey(id, NOW.minusSeconds(3600), 9, null);
        // language=GraphQL
        String query = """
                query($id: ID!) {
                  customer(id: $id) { name email phone externalId surveys { edges { node { nps comment } } } }
                }
                """;

        for (Role role : List.of(Role.VIEWER, Role.ANALYST)) {
            as(role).document(query).variable("id", id).execute()
                    .path("customer.name").entity(String.class).isEqualTo("A. K. L.")
                    .path("customer.email").entity(String.class).isEqualTo("a***@***.org")
                    .path("customer.phone").entity(String.class).isEqualTo("***58")
                    .path("customer.externalId").entity(String.class).isEqualTo("P-1")
                    .path("customer.surveys.edges[0].node.nps").entity(Integer.class).isEqualTo(9);
        }
        for (Role role : List.of(Role.EDITOR, Role.ADMIN)) {
            as(role).document(query).variable("id", id).execute()
                    .path("customer.name").entity(String.class).isEqualTo("Ada King Lovelace")
                    .path("customer.email").entity(String.class).isEqualTo("ada@example.org")
                    .path("customer.phone").entity(String.class).isEqualTo("+44 20 7946 0958");
        }
    }

    @Test
    void refusesTextSearchToRolesThatCannotSeeWhatItSearches() {
        fixtures.customer("T-1", LocalDate.parse("2024-01-01"));
        String search = "{ customers(filter: {text: \"t-1@\"}) { edges { node { id } } } }";

        as(Role.VIEWER).document(search).execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
                    assertThat(error.getMessage()).contains("customers(filter.text)").contains("personal-data right");
                }));
        as(Role.EDITOR).document(search).execute().path("customers.edges").entityList(Object.class).hasSize(1);
    }

    @Test
    void anAdminCreatesAKeyThatWorksUntilItIsRevoked() {
        Map<?, ?> created = graphQl.document("""
                        mutation { createApiKey(input: {name: "dashboard", role: ANALYST}) {
                            key apiKey { id name role prefix createdBy revokedAt } } }""")
                .execute().path("createApiKey").entity(Map.class).get();
        String key = (String) created.get("key");
        @SuppressWarnings("unchecked")
        Map<String, Object> apiKey = (Map<String, Object>) created.get("apiKey");
        assertThat(key).startsWith("cl_").hasSizeGreaterThan(40).startsWith((String) apiKey.get("prefix"));
        assertThat(apiKey).containsEntry("role", "ANALYST").containsEntry("createdBy", "test admin");

        // Only the HMAC under the server's secret is stored: neither the key nor its plain SHA-256.
        Document stored = mongo.getCollection("api_keys").find().first();
        assertThat(stored.toJson()).doesNotContain(key).doesNotContain(Hashes.sha256(key));
        assertThat(stored).containsEntry("hmac", keySecret.hmac(key)).doesNotContainKey("sha256");

        var analyst = withoutKey().mutate().header("X-API-Key", key).build();
        analyst.document("{ me { name role seesPersonalData } }").execute()
                .path("me.name").entity(String.class).isEqualTo("dashboard")
                .path("me.role").entity(String.class).isEqualTo("ANALYST")
                .path("me.seesPersonalData").entity(Boolean.class).isEqualTo(false);
        analyst.document("mutation($id: ID!) { revokeApiKey(id: $id) { id } }").variable("id", apiKey.get("id"))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));

        graphQl.document("mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }").variable("id", apiKey.get("id"))
                .execute().path("revokeApiKey.revokedAt").hasValue();
        assertThat(http.postQuery("{ me { name } }", key).statusCode()).isEqualTo(401);
        graphQl.document("{ apiKeys { name revokedAt } }").execute()
                .path("apiKeys[0].name").entity(String.class).isEqualTo("dashboard")
                .path("apiKeys[0].revokedAt").hasValue();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void refusesKeyHashesWrittenIntoTheStore(CapturedOutput output) {
        // What anyone who can write into the store could try: a hash of a key of their own, as an admin.
        String plainKey = "cl_planted-with-its-plain-sha256";
        String otherSecretKey = "cl_planted-with-another-secret";
        MongoCollection<Document> apiKeys = mongo.getCollection("api_keys");
        apiKeys.insertOne(planted("planted sha256", plainKey).append("sha256", Hashes.sha256(plainKey)));
        apiKeys.insertOne(planted("planted hmac", otherSecretKey).append("hmac",
                new KeySecret("another-secret-than-the-servers-0123456789", Path.of("unused")).hmac(otherSecretKey)));
        // A second key without hmac, as an earlier version stored them: the sparse index on hmac allows it.
        apiKeys.insertOne(planted("old dashboard", "cl_old-dashboard-key").append("sha256",
                Hashes.sha256("cl_old-dashboard-key")));

        for (String key : List.of(plainKey, otherSecretKey, "cl_old-dashboard-key")) {
            HttpResponse<String> response = http.postQuery("{ me { name role } }", key);
            assertThat(response.statusCode()).as(key).isEqualTo(401);
            assertThat(response.body()).contains("the API key is not valid");
        }

        // Keys an earlier version stored are still listed, and named in a warning at start-up.
        graphQl.document("{ apiKeys { name role prefix } }").execute()
                .path("apiKeys[*].name").entityList(String.class)
                .containsExactly("planted sha256", "planted hmac", "old dashboard");
        new LegacyApiKeys(new ApiKeyStore(mongo)).upgrade();
        assertThat(output).contains("2 API key(s) stored by an earlier version are no longer accepted: "
                + "'planted sha256' (cl_plant), 'old dashboard' (cl_old-d)").contains("re-create each one with createApiKey");
    }

    @Test
    void keysAreCreatedOnceTheIndexOfEarlierVersionsIsDropped() {
        MongoCollection<Document> apiKeys = mongo.getCollection("api_keys");
        apiKeys.createIndex(Indexes.ascending("sha256"), new IndexOptions().unique(true));

        new LegacyApiKeys(new ApiKeyStore(mongo)).upgrade();

        assertThat(apiKeys.listIndexes()).noneMatch(index -> index.get("key", Document.class).containsKey("sha256"));
        for (String name : List.of("first", "second")) {
            graphQl.document("""
                    mutation($name: String!) {
                      createApiKey(input: {name: $name, role: VIEWER}) { key }
                    }
                    """)
                    .variable("name", name).execute().path("createApiKey.key").hasValue();
        }
    }

    private static Document planted(String name, String key) {
        return new Document("name", name).append("role", "ADMIN").append("prefix", key.substring(0, 8))
                .append("createdBy", "someone").append("createdAt", Date.from(NOW));
    }

    @Test
    void metricsAreForAdminsAndHealthForEveryone() {
        assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
        // Status (and the probe groups) only without an admin key: no files, disk sizes, plugin names or errors.
        assertThat(http.get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}");
        assertThat(http.get("/actuator/health", TestKeys.key(Role.EDITOR)).body()).isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}");
        assertThat(http.get("/actuator/health/plugins").statusCode()).isEqualTo(404);
        assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(http.get("/actuator/health", TestKeys.key(Role.ADMIN)).body())
                .contains("\"store\":{\"status\":\"UP\"").contains("\"plugins\":{\"status\":\"UP\"");
        assertThat(http.get("/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(http.get("/actuator/metrics", TestKeys.key(Role.EDITOR)).statusCode()).isEqualTo(403);
        assertThat(http.get("/actuator/metrics", TestKeys.key(Role.ADMIN)).statusCode()).isEqualTo(200);
    }

    @Test
    void everyQueryAndMutationFieldDeclaresTheRoleItNeeds() {
        var schema = graphQlSource.schema();
        List<String> unguarded = Stream.of(schema.getQueryType(), schema.getMutationType())
                .map(GraphQLObjectType::getFieldDefinitions).flatMap(List::stream)
                .filter(field -> !field.hasAppliedDirective("requires"))
                .map(GraphQLFieldDefinition::getName)
                .filter(name -> !name.startsWith("__"))
                .toList();
        // federation adds these two; FederationConfiguration guards them in code (FederationGraphQlTest)
        assertThat(unguarded).containsExactlyInAnyOrder("_service", "_entities");
        assertThat(schema.getQueryType().getFieldDefinitions()).hasSizeGreaterThan(5);
    }
}
