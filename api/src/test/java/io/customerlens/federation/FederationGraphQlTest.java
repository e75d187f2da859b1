package io.customerlens.federation;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;

/**
 * The schema as a federation subgraph: its SDL declares Customer an entity keyed by id and by externalId, and a
 * gateway's {@code _entities} query for 100 customers, half by each key, resolves them in order, with scores from
 * three models, reading the customers once per key kind and each history kind once.
 */
class FederationGraphQlTest extends IntegrationTest {

    @Autowired
    private MeterRegistry meters;

    @Test
    void theSdlDeclaresCustomerAnEntityByBothKeys() {
        String sdl = graphQl.document("{ _service { sdl } }").execute().path("_service.sdl").entity(String.class).get();

        assertThat(sdl).containsPattern("type Customer @key\\(fields : \"id\"[^)]*\\) @key\\(fields : \"externalId\"[^)]*\\)")
                .containsPattern("schema @link\\(.*\"https://specs.apollo.dev/federation/v2.9\"");
    }

    @Test
    void theSdlNeedsTheAdminRoleAndEntitiesTheViewerRole() {
        as(Role.VIEWER).document("{ _service { sdl } }").execute().errors().satisfy(errors -> assertThat(errors)
                .singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
                    assertThat(error.getMessage()).isEqualTo("_service needs the admin role; this API key has viewer");
                }));
        String id = fixtures.customer("V-1", LocalDate.parse("2024-01-01"));
        as(Role.VIEWER).document("""
                        query($representations: [_Any!]!) {
                          _entities(representations: $representations) { ... on Customer { externalId email } }
                        }""")
                .variable("representations", List.of(Map.of("__typename", "Customer", "id", id))).execute()
                .path("_entities[0].externalId").entity(String.class).isEqualTo("V-1")
                // personal data stays masked for a viewer, as in customers
                .path("_entities[0].email").entity(String.class).satisfies(email -> assertThat(email).doesNotContain("v-1@"));
    }

    @Test
    void entitiesResolveAHundredRepresentationsInOrderWithOneHistoryQueryPerKind() {
        List<Map<String, Object>> representations = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String externalId = "E-" + i;
            String id = fixtures.customer(externalId, LocalDate.parse("2024-01-01"));
            if (i % 3 == 0) {
                fixtures.order(id, Instant.parse("2025-01-01T10:00:00Z"), 10 + i);
                fixtures.order(id, Instant.parse("2025-03-01T10:00:00Z"), 20 + i);
            }
            representations.add(i % 2 == 0 ? Map.of("__typename", "Customer", "id", id)
                    : Map.of("__typename", "Customer", "externalId", externalId));
            expected.add(externalId);
        }
        representations.add(Map.of("__typename", "Customer", "externalId", "nobody"));
        // the population statistics and the BG/NBD fit are computed first, so the counts below are the entities' own
        graphQl.document("{ customers(first: 1) { edges { node { segment(model: \"rfm\") { code }"
                + " loyalty(model: \"bgnbd\") { value } } } } }").execute()
                .path("customers.edges").entityList(Object.class).hasSize(1);
        double orders = finds("orders");
        double surveys = finds("surveys");
        double customers = finds("customers");

        List<Map<String, Object>> entities = graphQl.document("""
                        query($representations: [_Any!]!) {
                          _entities(representations: $representations) {
                            ... on Customer {
                              externalId
                              segment(model: "rfm") { code }
                              satisfaction(model: "nps") { band }
                              loyalty(model: "bgnbd") { value }
                            }
                          }
                        }""")
                .variable("representations", representations).execute()
                .path("_entities").entityList(Object.class).get().stream().map(FederationGraphQlTest::map).toList();

        assertThat(entities).hasSize(101);
        assertThat(entities.subList(0, 100)).extracting(entity -> entity.get("externalId")).containsExactlyElementsOf(expected);
        assertThat(entities.subList(0, 100)).allSatisfy(entity -> assertThat(entity.get("segment")).isNotNull());
        assertThat(entities.get(100)).isNull();
        assertThat(finds("customers") - customers).as("customer queries").isEqualTo(2);
        assertThat(finds("orders") - orders).as("order queries").isEqualTo(1);
        assertThat(finds("surveys") - surveys).as("survey queries").isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object entity) {
        return (Map<String, Object>) entity;
    }

    private double finds(String collection) {
        return meters.find("mongodb.driver.commands").tag("collection", collection).tag("command", "find").timers()
                .stream().mapToDouble(Timer::count).sum();
    }
}
