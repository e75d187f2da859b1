package io.customerlens.web;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Function;
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
                .scalar(strictDate())
                .scalar(ExtendedScalars.Json);
    }

    /**
     * ExtendedScalars.Date, refusing dates that do not exist: its parser resolves 2025-02-30 to 2025-02-28, which
     * stored a date nobody gave.
     */
    private static GraphQLScalarType strictDate() {
        @SuppressWarnings("unchecked")
        Coercing<LocalDate, String> lenient = (Coercing<LocalDate, String>) ExtendedScalars.Date.getCoercing();
        return GraphQLScalarType.newScalar(ExtendedScalars.Date)
                .coercing(new Coercing<LocalDate, String>() {
                    @Override
                    public String serialize(Object value, GraphQLContext context, Locale locale) {
                        return lenient.serialize(value, context, locale);
                    }

                    @Override
                    public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                        return exists(input, lenient.parseValue(input, context, locale),
                                CoercingParseValueException::new);
                    }

                    @Override
                    public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                                  Locale locale) {
                        Object text = input instanceof StringValue string ? string.getValue() : input;
                        return exists(text, lenient.parseLiteral(input, variables, context, locale),
                                CoercingParseLiteralException::new);
                    }

                    @Override
                    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                        return lenient.valueToLiteral(input, context, locale);
                    }
                })
                .build();
    }

    /** @return the parsed date, if the text names it exactly (a resolved 02-30 would print as 02-28) */
    private static <E extends RuntimeException> LocalDate exists(Object text, LocalDate parsed,
                                                                 Function<String, E> error) {
        if (text instanceof String given && !parsed.toString().equals(given.strip())) {
            throw error.apply("Date: '" + given + "' is not a date of the calendar; expected yyyy-mm-dd");
        }
        return parsed;
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
