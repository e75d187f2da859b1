package io.customerlens.web;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The scalars the schema uses beyond GraphQL's built-in ones. {@code DateTime} is RFC 3339 on the wire
 * and {@link Instant} in Java (written in UTC); {@code Date} is an ISO date; {@code JSON} any JSON value.
 */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

    @Bean
    RuntimeWiringConfigurer extendedScalars() {
        return wiring -> wiring
                .scalar(instantDateTime())
                .scalar(ExtendedScalars.Date)
                .scalar(ExtendedScalars.Json);
    }

    private static GraphQLScalarType instantDateTime() {
        @SuppressWarnings("unchecked")
        Coercing<OffsetDateTime, String> offset =
                (Coercing<OffsetDateTime, String>) ExtendedScalars.DateTime.getCoercing();
        return GraphQLScalarType.newScalar(ExtendedScalars.DateTime)
                .coercing(new Coercing<Instant, String>() {
                    @Override
                    public String serialize(Object value, GraphQLContext context, Locale locale) {
                        Object utc = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
                        return offset.serialize(utc, context, locale);
                    }

                    @Override
                    public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
                        return offset.parseValue(input, context, locale).toInstant();
                    }

                    @Override
                    public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                                Locale locale) {
                        return offset.parseLiteral(input, variables, context, locale).toInstant();
                    }

                    @Override
                    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                        Object utc = input instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : input;
                        return offset.valueToLiteral(utc, context, locale);
                    }
                })
                .build();
    }
}
