package io.customerlens.federation;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import io.customerlens.security.AccessDirectives;
import io.customerlens.security.Role;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.federation.FederationSchemaFactory;

/**
 * The schema as an Apollo Federation subgraph: {@code Customer} is an entity keyed by {@code id} and by
 * {@code externalId} (see federation.graphqls), so a supergraph can add this service's scores to a customer another
 * service owns; {@code _service} and {@code _entities} come from federation-jvm, the entities from
 * {@code @EntityMapping} methods.
 */
@Configuration(proxyBeanMethods = false)
public class FederationConfiguration {

    @Bean
    FederationSchemaFactory federationSchemaFactory() {
        return new FederationSchemaFactory();
    }

    @Bean
    GraphQlSourceBuilderCustomizer federatedSchema(FederationSchemaFactory factory) {
        return builder -> builder.schemaFactory((registry, wiring) -> guarded(factory.createGraphQLSchema(registry, wiring)));
    }

    /**
     * The fields federation adds carry no {@code @requires}: {@code _entities} gets the viewer role that
     * {@code customers} needs, {@code _service} (the whole SDL, which introspection would show) the admin role.
     */
    private static GraphQLSchema guarded(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return schema.transform(builder -> builder.codeRegistry(registry.transform(code -> {
            guard(code, registry, schema, "_entities", Role.VIEWER);
            guard(code, registry, schema, "_service", Role.ADMIN);
        })));
    }

    private static void guard(GraphQLCodeRegistry.Builder code, GraphQLCodeRegistry registry, GraphQLSchema schema,
                              String field, Role role) {
        FieldCoordinates coordinates = FieldCoordinates.coordinates("Query", field);
        DataFetcher<?> original = registry.getDataFetcher(coordinates, schema.getQueryType().getFieldDefinition(field));
        code.dataFetcher(coordinates, AccessDirectives.requiring(role, field, original));
    }
}
