package io.customerlens.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/**
 * Population views over ten customers built so that every figure can be worked out by hand: customer i (1-10)
 * spent 10·i dollars over 11 − i orders, so ranking by spend and ranking by orders are exact opposites.
 */
class AnalyticsGraphQlTest extends IntegrationTest {

    private static final Map<String, Object> BY_SPEND = Map.of("measure", "spend", "vipShare", 0.2, "extendedShare", 0.3);
    private static final Map<String, Object> BY_ORDERS = Map.of("measure", "orders", "vipShare", 0.2, "extendedShare", 0.3);
    private static final int[] NPS = {2, 5, 7, 9, 10};

    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void tenCustomers() {
        for (int i = 1; i <= 10; i++) {
            String id = fixtures.customer("A-" + i, LocalDate.parse("2023-01-01"));
            int orders = 11 - i;
            for (int k = 0; k < orders; k++) {
                // one order carries the rest so the total is exactly 10·i; dates spread so each history differs
                double amount = k == 0 ? 10.0 * i - (orders - 1) : 1.0;
                fixtures.order(id, NOW.minus(Duration.ofDays(20 + 35L * k + 3L * i)), amount);
            }
            if (i <= NPS.length) {
                fixtures.survey(id, NOW.minus(Duration.ofDays(5)), NPS[i - 1], null);
            }
            ids.add(id);
        }
    }

    @Test
    void segmentDistributionCountsSharesAndMeans() {
        // spend 10..100: Q(0.8) = 10 + 0.8·9·10 = 82 -> vip {90, 100}; Q(0.5) = 55 -> extended {60, 70, 80}; basic the rest
        graphQl.document("""
                        query($params: JSON) { segmentDistribution(model: "value-tier", params: $params) {
                            customers failed segments { code count share meanSpend meanOrders } } }""")
                .variable("params", BY_SPEND).execute()
                .path("segmentDistribution.customers").entity(Integer.class).isEqualTo(10)
                .path("segmentDistribution.failed").entity(Integer.class).isEqualTo(0)
                .path("segmentDistribution.segments[*].code").entityList(String.class).containsExactly("vip", "extended", "basic")
                .path("segmentDistribution.segments[*].count").entityList(Integer.class).containsExactly(2, 3, 5)
                .path("segmentDistribution.segments[*].share").entityList(Double.class).containsExactly(0.2, 0.3, 0.5)
                // vip: (90 + 100) / 2 = 95 dollars, (2 + 1) / 2 = 1.5 orders; extended: 70, (5 + 4 + 3) / 3 = 4;
                // basic: (10 + 20 + 30 + 40 + 50) / 5 = 30, (10 + 9 + 8 + 7 + 6) / 5 = 8
                .path("segmentDistribution.segments[*].meanSpend").entityList(Double.class).containsExactly(95.0, 70.0, 30.0)
                .path("segmentDistribution.segments[*].meanOrders").entityList(Double.class).containsExactly(1.5, 4.0, 8.0);
    }

    @Test
    void twoSegmentationsGiveTheHandComputedTableKappaAndAdjustedRandIndex() {
        // by orders (counts 10..1): Q(0.8) = 8.2 -> vip = customers 1, 2; Q(0.5) = 5.5 -> extended = 3, 4, 5.
        // rows (spend) vip {9,10}, extended {6,7,8}, basic {1..5}; columns (orders) vip {1,2}, extended {3,4,5}:
        //   vip      0 0 2
        //   extended 0 0 3
        //   basic    2 3 0
        // p_o = 0; p_e = (2·2 + 3·3 + 5·5) / 10² = 0.38; kappa = (0 − 0.38) / (1 − 0.38) = −0.6129032
        // ARI: Σ C(n_ij, 2) = 1 + 3 + 1 + 3 = 8; Σ C(a_i, 2) = Σ C(b_j, 2) = 1 + 3 + 10 = 14; C(10, 2) = 45
        //   (8 − 14·14/45) / (14 − 14·14/45) = (360 − 196) / (630 − 196) = 164 / 434 = 0.3778802
        // Cramér's V: margins 2, 3, 5 both ways, expected r_i c_j / 10; chi2 = 0.4 + 0.6 + 1 + 0.6 + 0.9 + 1.5 + 1
        //   + 1.5 + 2.5 = 10; V = sqrt(10 / (10 (3 − 1))) = sqrt(0.5)
        graphQl.document("""
                        query($a: JSON, $b: JSON) { compareModels(a: {model: "value-tier", params: $a},
                                                                  b: {model: "value-tier", params: $b}) {
                            kind customers a { params } agreement { rows { code } columns { code } counts
                            sameCodes agreementRate kappa adjustedRandIndex cramersV } correlation { pairs } } }""")
                .variable("a", BY_SPEND).variable("b", BY_ORDERS).execute()
                .path("compareModels.kind").entity(String.class).isEqualTo("SEGMENTS")
                .path("compareModels.customers").entity(Integer.class).isEqualTo(10)
                .path("compareModels.a.params.measure").entity(String.class).isEqualTo("spend")
                .path("compareModels.agreement.rows[*].code").entityList(String.class).containsExactly("vip", "extended", "basic")
                .path("compareModels.agreement.counts").entity(List.class)
                .isEqualTo(List.of(List.of(0, 0, 2), List.of(0, 0, 3), List.of(2, 3, 0)))
                .path("compareModels.agreement.sameCodes").entity(Boolean.class).isEqualTo(true)
                .path("compareModels.agreement.cramersV").entity(Double.class).satisfies(v ->
                        assertThat(v).isCloseTo(Math.sqrt(0.5), within(1e-12)))
                .path("compareModels.agreement.agreementRate").entity(Double.class).isEqualTo(0.0)
                .path("compareModels.agreement.kappa").entity(Double.class).satisfies(kappa ->
                        assertThat(kappa).isCloseTo(-0.38 / 0.62, within(1e-12)))
                .path("compareModels.agreement.adjustedRandIndex").entity(Double.class).satisfies(ari ->
                        assertThat(ari).isCloseTo(164.0 / 434.0, within(1e-12)))
                .path("compareModels.correlation").valueIsNull();
    }

    @Test
    void aDistributionListsOnlyTheSegmentsOfTheChosenScheme() {
        graphQl.document("{ segmentDistribution(model: \"rfm\") { segments { code } } }").execute()
                .path("segmentDistribution.segments[*].code").entityList(String.class).hasSize(12)
                .contains("champions", "prospect").doesNotContain("core", "churn-warning");
        graphQl.document("{ segmentDistribution(model: \"rfm\", params: {scheme: \"four-class\"}) { segments { code rank } } }")
                .execute().path("segmentDistribution.segments[*].code").entityList(String.class)
                .containsExactly("core", "potential", "ordinary", "churn-warning", "prospect");
    }

    @Test
    void rfmAgainstValueTierTalliesTheSegmentsEachCustomerGets() {
        Map<List<String>, Integer> expected = new HashMap<>();
        for (String id : ids) {
            Map<String, Object> customer = graphQl.document("""
                            query($id: ID!) { customer(id: $id) { rfm: segment(model: "rfm") { code }
                                                                  tier: segment(model: "value-tier") { code } } }""")
                    .variable("id", id).execute().path("customer").entity(Map.class).get();
            expected.merge(List.of(code(customer.get("rfm")), code(customer.get("tier"))), 1, Integer::sum);
        }
        Map<String, Object> agreement = graphQl.document("""
                        { compareModels(a: {model: "rfm"}, b: {model: "value-tier"}) {
                            agreement { rows { code } columns { code } counts sameCodes agreementRate kappa
                                        adjustedRandIndex cramersV } } }""")
                .execute().path("compareModels.agreement").entity(Map.class).get();

        Map<List<String>, Integer> tallied = new HashMap<>();
        List<?> rows = (List<?>) agreement.get("rows");
        List<?> columns = (List<?>) agreement.get("columns");
        List<?> counts = (List<?>) agreement.get("counts");
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                int count = ((Number) ((List<?>) counts.get(i)).get(j)).intValue();
                if (count > 0) {
                    tallied.put(List.of(code(rows.get(i)), code(columns.get(j))), count);
                }
            }
        }
        assertThat(tallied).isEqualTo(expected);
        // RFM and value-tier share no segment codes: agreement and kappa are undefined, the Rand index and V are not.
        assertThat(agreement.get("sameCodes")).isEqualTo(false);
        assertThat(agreement.get("agreementRate")).isNull();
        assertThat(agreement.get("kappa")).isNull();
        assertThat(agreement.get("adjustedRandIndex")).isNotNull();
        assertThat(agreement.get("cramersV")).isNotNull();
    }

    @Test
    void twoScoresAreRankCorrelatedLikeTheirValuesCountedPairByPair() {
        List<Double> bgnbd = new ArrayList<>();
        List<Double> behavioural = new ArrayList<>();
        for (String id : ids) {
            Map<String, Object> customer = graphQl.document("""
                            query($id: ID!) { customer(id: $id) { a: loyalty(model: "bgnbd") { value }
                                                                  b: loyalty(model: "behavioural") { value } } }""")
                    .variable("id", id).execute().path("customer").entity(Map.class).get();
            bgnbd.add(value(customer.get("a")));
            behavioural.add(value(customer.get("b")));
        }
        Map<String, Object> correlation = graphQl.document("""
                        { compareModels(a: {model: "bgnbd"}, b: {model: "behavioural"}, sample: 4) { kind customers
                            correlation { pairs spearman kendall scatter { customerId } disagreements { customerId a b rankA rankB } } } }""")
                .execute().path("compareModels.correlation").entity(Map.class).get();

        assertThat(correlation.get("pairs")).isEqualTo(10);
        assertThat((Double) correlation.get("kendall")).isCloseTo(ReferenceRanks.kendallTauB(bgnbd, behavioural), within(1e-12));
        assertThat((Double) correlation.get("spearman")).isCloseTo(ReferenceRanks.spearman(bgnbd, behavioural), within(1e-12));
        assertThat((List<?>) correlation.get("scatter")).hasSize(4);
        List<?> disagreements = (List<?>) correlation.get("disagreements");
        assertThat(disagreements).hasSize(10);
        Map<?, ?> worst = (Map<?, ?>) disagreements.get(0);
        double gap = Math.abs((Double) worst.get("rankA") - (Double) worst.get("rankB"));
        for (Object other : disagreements) {
            Map<?, ?> pair = (Map<?, ?>) other;
            assertThat(Math.abs((Double) pair.get("rankA") - (Double) pair.get("rankB"))).isLessThanOrEqualTo(gap);
        }
    }

    @Test
    void scoreDistributionAndScorePerSegment() {
        // NPS answers 2, 5, 7, 9, 10 from customers 1-5; customers 6-10 have none.
        // mean 33 / 5 = 6.6; squared deviations 21.16 + 2.56 + 0.16 + 5.76 + 11.56 = 41.2; sd = √(41.2 / 4) = 3.2093613
        // type 7: Q(0.25) at h = 1 -> 5, Q(0.5) at h = 2 -> 7, Q(0.9) at h = 3.6 -> 9 + 0.6·1 = 9.6
        // five bins over 0-10: [0,2) 0, [2,4) 1, [4,6) 1, [6,8) 1, [8,10] 2
        graphQl.document("""
                        { scoreDistribution(model: "nps", bins: 5) { customers withValue noData min max mean
                            standardDeviation quantiles { p value } histogram { lower upper count } } }""")
                .execute()
                .path("scoreDistribution.customers").entity(Integer.class).isEqualTo(10)
                .path("scoreDistribution.withValue").entity(Integer.class).isEqualTo(5)
                .path("scoreDistribution.noData").entity(Integer.class).isEqualTo(5)
                .path("scoreDistribution.mean").entity(Double.class).satisfies(mean -> assertThat(mean).isCloseTo(6.6, within(1e-12)))
                .path("scoreDistribution.standardDeviation").entity(Double.class)
                .satisfies(sd -> assertThat(sd).isCloseTo(Math.sqrt(41.2 / 4), within(1e-12)))
                .path("scoreDistribution.quantiles[?(@.p == 0.25)].value").entityList(Double.class).containsExactly(5.0)
                .path("scoreDistribution.quantiles[?(@.p == 0.5)].value").entityList(Double.class).containsExactly(7.0)
                .path("scoreDistribution.quantiles[?(@.p == 0.9)].value").entityList(Double.class)
                .satisfies(q -> assertThat(q.get(0)).isCloseTo(9.6, within(1e-12)))
                .path("scoreDistribution.histogram[*].count").entityList(Integer.class).containsExactly(0, 1, 1, 1, 2);

        // NPS per value tier (by spend): the five answers all come from basic customers 1-5.
        graphQl.document("""
                        query($a: JSON) { compareModels(a: {model: "nps"}, b: {model: "value-tier", params: $a}) {
                            kind scoreBySegment { code count mean quantiles { p value } } } }""")
                .variable("a", BY_SPEND).execute()
                .path("compareModels.kind").entity(String.class).isEqualTo("SEGMENT_AND_SCORE")
                .path("compareModels.scoreBySegment[*].code").entityList(String.class).containsExactly("vip", "extended", "basic")
                .path("compareModels.scoreBySegment[*].count").entityList(Integer.class).containsExactly(0, 0, 5)
                .path("compareModels.scoreBySegment[2].mean").entity(Double.class)
                .satisfies(mean -> assertThat(mean).isCloseTo(6.6, within(1e-12)))
                .path("compareModels.scoreBySegment[0].mean").valueIsNull();
    }

    @Test
    void refusesTheWrongFamilyBadBinsTextSearchAndViewers() {
        graphQl.document("{ segmentDistribution(model: \"nps\") { customers } }").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).isEqualTo("model: 'nps' is a satisfaction model; this view needs a segmentation model");
                }));
        graphQl.document("{ scoreDistribution(model: \"nps\", bins: 0) { customers } }").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).contains("bins").contains("1 to 100")));
        graphQl.document("{ compareModels(a: {model: \"rfm\"}, b: {model: \"nope\"}) { kind } }").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).startsWith("unknown model 'nope'; available: ")));
        as(Role.ANALYST).document("{ segmentDistribution(model: \"rfm\", filter: {text: \"a-1\"}) { customers } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        as(Role.VIEWER).document("{ segmentDistribution(model: \"rfm\") { customers } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).isEqualTo("segmentDistribution needs the analyst role; this API key has viewer")));
        as(Role.ANALYST).document("""
                {
                  segmentDistribution(model: "rfm", filter: {region: "EU-West"}) { customers }
                }
                """).execute()
                .path("segmentDistribution.customers").entity(Integer.class).isEqualTo(10);
    }

    private static String code(Object segment) {
        return (String) ((Map<?, ?>) segment).get("code");
    }

    private static Double value(Object score) {
        return ((Number) ((Map<?, ?>) score).get("value")).doubleValue();
    }
}
