package io.customerlens.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.ErrorType;

/**
 * Tier economics of five customers tiered by value-tier on spend, every figure worked out by hand. The evaluation
 * date is 2025-06-30, so the default 365-day window runs from 2024-07-01 to 2025-07-01 (excluded).
 */
class TierEconomicsGraphQlTest extends IntegrationTest {

    static final Map<String, Object> TIERS = Map.of("measure", "spend", "vipShare", 0.2, "extendedShare", 0.4);
    static final Map<String, Object> COSTS = Map.of("model", "value-tier", "interactionCost", 5, "grossMarginRate", 0.5,
            "segments", List.of(Map.of("segment", "vip", "annualCost", 120), Map.of("segment", "extended", "annualCost", 40),
                    Map.of("segment", "basic", "annualCost", 10)));
    // language=GraphQL
    static final String SET_COSTS = """
            mutation($input: ServiceCostsInput!) {
              setServiceCosts(input: $input) { model updatedBy }
            }
            """;

    private static final String FIGURES = "customers revenue revenueShare orders meanOrderValue buyers repeatPurchaseRate "
            + "interactions serviceCost interactionCost costToServe grossProfit margin roi";

    private String customer(String externalId, int... orders) {
        String id = fixtures.customer(externalId, LocalDate.parse("2023-01-01"));
        for (int i = 0; i < orders.length; i += 2) {
            fixtures.order(id, NOW.minus(Duration.ofDays(orders[i])), orders[i + 1]);
        }
        return id;
    }

    private void interaction(String customer, Instant openedAt) {
        new Interactions(graphQl).record(customer, openedAt);
    }

    /** Records complaints through the API. */
    record Interactions(org.springframework.graphql.test.tester.GraphQlTester graphQl) {
        void record(String customer, Instant openedAt) {
            graphQl.document("""
                    mutation($input: RecordInteractionInput!) {
                      recordInteraction(input: $input) { id }
                    }
                    """)
                    .variable("input", Map.of("customerId", customer, "openedAt", openedAt.toString(), "kind", "COMPLAINT"))
                    .execute().path("recordInteraction.id").hasValue();
        }
    }

    private void population() {
        // days ago, amount: C2's 100 and C5's 30 are older than the window but count towards the tiers (total spend)
        String c1 = customer("C1", 10, 300, 100, 200);
        String c2 = customer("C2", 20, 150, 500, 100);
        customer("C3", 30, 120, 60, 80);
        String c4 = customer("C4", 40, 50);
        customer("C5", 400, 30);
        interaction(c1, NOW.minus(Duration.ofDays(5)));
        interaction(c1, NOW.minus(Duration.ofDays(50)));
        interaction(c2, NOW.minus(Duration.ofDays(7)));
        interaction(c2, NOW.minus(Duration.ofDays(700)));
        interaction(c4, NOW.minus(Duration.ofDays(1)));
        interaction(c4, NOW.minus(Duration.ofDays(2)));
        interaction(c4, NOW.minus(Duration.ofDays(3)));
    }

    @Test
    void figuresPerSegmentMatchTheHandComputedOnes() {
        population();
        graphQl.document(SET_COSTS).variable("input", COSTS).execute().path("setServiceCosts.model").entity(String.class)
                .isEqualTo("value-tier");
        // spend 30, 50, 200, 250, 500: Q(0.8) = 250 + 0.2·250 = 300 -> vip {C1}; Q(0.4) = 50 + 0.6·150 = 140 ->
        // extended {C2, C3}; basic {C4, C5}
        var response = as(Role.ANALYST).document("query($params: JSON) { tierEconomics(model: \"value-tier\", params: $params) {"
                        + " customers failed window { from to days } costs { grossMarginRate updatedBy }"
                        + " segments { code figures { " + FIGURES + " } } total { " + FIGURES + " } } }")
                .variable("params", TIERS).execute();
        response.path("tierEconomics.customers").entity(Integer.class).isEqualTo(5)
                .path("tierEconomics.failed").entity(Integer.class).isEqualTo(0)
                .path("tierEconomics.window.from").entity(String.class).isEqualTo("2024-07-01T00:00:00.000Z")
                .path("tierEconomics.window.to").entity(String.class).isEqualTo("2025-07-01T00:00:00.000Z")
                .path("tierEconomics.costs.updatedBy").entity(String.class).isEqualTo("test admin")
                .path("tierEconomics.segments[*].code").entityList(String.class).containsExactly("vip", "extended", "basic");
        // vip: C1 500 in 2 orders, 2 interactions; cost 120 + 2·5 = 130; gross 250; margin 120; ROI 120/130
        assertFigures(response.path("tierEconomics.segments[0].figures").entity(Map.class).get(),
                1, 500, 500.0 / 900, 2, 250.0, 1, 1.0, 2, 120, 10, 130, 250, 120, 120.0 / 130);
        // extended: C2 150 (1 order, 1 interaction in the window), C3 200 (2 orders); cost 80 + 5; gross 175; margin 90
        assertFigures(response.path("tierEconomics.segments[1].figures").entity(Map.class).get(),
                2, 350, 350.0 / 900, 3, 350.0 / 3, 2, 0.5, 1, 80, 5, 85, 175, 90, 90.0 / 85);
        // basic: C4 50 (1 order, 3 interactions), C5 nothing in the window; cost 20 + 15; gross 25; margin -10
        assertFigures(response.path("tierEconomics.segments[2].figures").entity(Map.class).get(),
                2, 50, 50.0 / 900, 1, 50.0, 1, 0.0, 3, 20, 15, 35, 25, -10, -10.0 / 35);
        assertFigures(response.path("tierEconomics.total").entity(Map.class).get(),
                5, 900, 1.0, 6, 150.0, 4, 0.5, 6, 220, 30, 250, 450, 200, 0.8);
    }

    @Test
    void aShorterWindowProratesTheYearlyCostAndCountsLess() {
        population();
        graphQl.document(SET_COSTS).variable("input", COSTS).execute().path("setServiceCosts.model").hasValue();
        // 73 days = 0.2 year: window from 2025-04-19; vip C1 keeps only the 300 order (10 days ago) and 2 interactions
        // (5 and 50 days ago); service cost 120·0.2 = 24, cost 34, gross 150, margin 116; all revenue in the window:
        // 300 + 150 + 120 + 80 + 50 = 700
        graphQl.document("query($params: JSON) { tierEconomics(model: \"value-tier\", params: $params, lookbackDays: 73) {"
                        + " window { from days } segments { figures { " + FIGURES + " } } } }")
                .variable("params", TIERS).execute()
                .path("tierEconomics.window.from").entity(String.class).isEqualTo("2025-04-19T00:00:00.000Z")
                .path("tierEconomics.segments[0].figures").entity(Map.class).satisfies(vip ->
                        assertFigures(vip, 1, 300, 300.0 / 700, 1, 300.0, 1, 0.0, 2, 24, 10, 34, 150, 116, 116.0 / 34));
    }

    @Test
    void withoutCostsSetTheConfiguredDefaultsApply() {
        population();
        // defaults: gross-margin rate 1, interactions free, no segment costs: margin = revenue, ROI null
        graphQl.document("query($params: JSON) { tierEconomics(model: \"value-tier\", params: $params) {"
                        + " costs { updatedBy grossMarginRate interactionCost } total { margin costToServe roi } } }")
                .variable("params", TIERS).execute()
                .path("tierEconomics.costs.updatedBy").entity(String.class).isEqualTo("configuration")
                .path("tierEconomics.total.margin").entity(Double.class).isEqualTo(900.0)
                .path("tierEconomics.total.costToServe").entity(Double.class).isEqualTo(0.0)
                .path("tierEconomics.total.roi").valueIsNull();
    }

    @Test
    void badArgumentsAndCostsAreRefusedNamingTheField() {
        graphQl.document("{ tierEconomics(model: \"nps\") { customers } }").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage())
                        .isEqualTo("model: 'nps' is a satisfaction model; tierEconomics needs a segmentation model"));
        graphQl.document("{ tierEconomics(model: \"rfm\", lookbackDays: 0) { customers } }").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage())
                        .isEqualTo("lookbackDays: must be an integer from 1 to 3650 (got 0)"));
        graphQl.document(SET_COSTS).variable("input", Map.of("model", "value-tier", "interactionCost", -1, "grossMarginRate", 1.5,
                        "segments", List.of(Map.of("segment", "gold", "annualCost", 1.234))))
                .execute()
                .errors().satisfy(errors -> {
                    assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.get(0).getMessage()).contains("input.interactionCost: must be an amount from 0",
                            "input.grossMarginRate: must be a number from 0 to 1 (got 1.5)",
                            "input.segments[0].segment: must be a segment of 'value-tier': one of basic, extended, vip (got 'gold')",
                            "input.segments[0].annualCost: must be an amount from 0");
                });
        assertThat(mongo.count(new Query(), CostSheet.COLLECTION)).isZero();
        as(Role.EDITOR).document(SET_COSTS).variable("input", COSTS).execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
        as(Role.VIEWER).document("{ tierEconomics(model: \"rfm\") { customers } }").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
    }

    static void assertFigures(Map<?, ?> figures, int customers, double revenue, Double share, int orders, Double meanOrderValue,
                              int buyers, Double repeatRate, int interactions, double serviceCost, double interactionCost,
                              double costToServe, double grossProfit, double margin, Double roi) {
        assertThat(figures.get("customers")).isEqualTo(customers);
        assertThat(number(figures, "revenue")).isEqualTo(revenue);
        assertClose(figures, "revenueShare", share);
        assertThat(figures.get("orders")).isEqualTo(orders);
        assertClose(figures, "meanOrderValue", meanOrderValue);
        assertThat(figures.get("buyers")).isEqualTo(buyers);
        assertClose(figures, "repeatPurchaseRate", repeatRate);
        assertThat(figures.get("interactions")).isEqualTo(interactions);
        assertThat(number(figures, "serviceCost")).isEqualTo(serviceCost);
        assertThat(number(figures, "interactionCost")).isEqualTo(interactionCost);
        assertThat(number(figures, "costToServe")).isEqualTo(costToServe);
        assertThat(number(figures, "grossProfit")).isEqualTo(grossProfit);
        assertThat(number(figures, "margin")).isEqualTo(margin);
        assertClose(figures, "roi", roi);
    }

    private static void assertClose(Map<?, ?> figures, String name, Double expected) {
        if (expected == null) {
            assertThat(figures.get(name)).as(name).isNull();
        } else {
            assertThat(number(figures, name)).as(name).isCloseTo(expected, within(1e-9));
        }
    }

    private static double number(Map<?, ?> figures, String name) {
        return ((Number) figures.get(name)).doubleValue();
    }
}
