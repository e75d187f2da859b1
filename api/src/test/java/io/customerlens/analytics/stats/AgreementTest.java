package io.customerlens.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final double EPS = 1e-12;

    /** A table with the given labels on both sides and counts[row][column]. */
    private static ContingencyTable table(List<String> labels, long[][] counts) {
        ContingencyTable table = ContingencyTable.ordered(labels, labels);
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length; c++) {
                table.add(labels.get(r), labels.get(c), counts[r][c]);
            }
        }
        return table;
    }

    private static ContingencyTable labellings(String a, String b) {
        return ContingencyTable.of(List.of(a.split("")), List.of(b.split("")));
    }

    // ---- Cohen's kappa ----

    @Test
    void kappaOfTheTextbookTwoByTwoTable() {
        // 50 items, rows = rater A (yes, no), columns = rater B (yes, no): [[20, 5], [10, 15]]
        // p_o = (20 + 15) / 50 = 0.70
        // row totals 25, 25; column totals 30, 20
        // p_e = (25/50)(30/50) + (25/50)(20/50) = 0.30 + 0.20 = 0.50
        // kappa = (0.70 - 0.50) / (1 - 0.50) = 0.40
        Agreement agreement = Agreement.of(table(List.of("yes", "no"), new long[][] {{20, 5}, {10, 15}}));

        assertThat(agreement.n()).isEqualTo(50);
        assertThat(agreement.observedAgreement()).isCloseTo(0.70, within(EPS));
        assertThat(agreement.expectedAgreement()).isCloseTo(0.50, within(EPS));
        assertThat(agreement.kappa()).isCloseTo(0.40, within(EPS));
    }

    @Test
    void kappaMatchesLabelsNotPositions() {
        // the same data as the textbook table with the columns listed as (no, yes): the diagonal is still
        // yes/yes = 20 and no/no = 15, so kappa stays 0.40
        ContingencyTable table = ContingencyTable.ordered(List.of("yes", "no"), List.of("no", "yes"))
                .add("yes", "yes", 20).add("yes", "no", 5).add("no", "yes", 10).add("no", "no", 15);

        assertThat(Agreement.of(table).kappa()).isCloseTo(0.40, within(EPS));
    }

    @Test
    void kappaOfAThreeByThreeTable() {
        // [[10, 2, 3], [1, 8, 1], [2, 2, 21]], n = 50
        // p_o = (10 + 8 + 21) / 50 = 39/50 = 0.78
        // row totals 15, 10, 25; column totals 13, 12, 25
        // p_e = (15*13 + 10*12 + 25*25) / 50^2 = (195 + 120 + 625) / 2500 = 940/2500 = 0.376
        // kappa = (0.78 - 0.376) / (1 - 0.376) = 0.404 / 0.624 = 101/156 = 0.6474358974...
        Agreement agreement = Agreement.of(table(List.of("A", "B", "C"),
                new long[][] {{10, 2, 3}, {1, 8, 1}, {2, 2, 21}}));

        assertThat(agreement.observedAgreement()).isCloseTo(0.78, within(EPS));
        assertThat(agreement.expectedAgreement()).isCloseTo(0.376, within(EPS));
        assertThat(agreement.kappa()).isCloseTo(101.0 / 156.0, within(EPS));
    }

    @Test
    void kappaOfPerfectAgreementIsOne() {
        // [[10, 0], [0, 5]]: p_o = 15/15 = 1; p_e = (10/15)^2 + (5/15)^2 = 125/225 = 5/9
        // kappa = (1 - 5/9) / (1 - 5/9) = 1
        Agreement agreement = Agreement.of(table(List.of("A", "B"), new long[][] {{10, 0}, {0, 5}}));

        assertThat(agreement.expectedAgreement()).isCloseTo(5.0 / 9.0, within(EPS));
        assertThat(agreement.kappa()).isEqualTo(1.0);
    }

    @Test
    void kappaIsOneByDefinitionWhenEveryItemHasOneLabelInBoth() {
        // a = b = [A, A, A]: p_o = 1 and p_e = (3/3)(3/3) = 1, so (p_o - p_e)/(1 - p_e) = 0/0; defined as 1
        assertThat(Agreement.of(labellings("AAA", "AAA")).kappa()).isEqualTo(1.0);
    }

    @Test
    void kappaBelowChanceIsNegative() {
        // [[5, 20], [15, 10]], n = 50: p_o = (5 + 10) / 50 = 0.30
        // row totals 25, 25; column totals 20, 30: p_e = 0.5*0.4 + 0.5*0.6 = 0.50
        // kappa = (0.30 - 0.50) / (1 - 0.50) = -0.40
        assertThat(Agreement.of(table(List.of("A", "B"), new long[][] {{5, 20}, {15, 10}})).kappa())
                .isCloseTo(-0.40, within(EPS));
    }

    @Test
    void kappaWhenALabelAppearsInOneLabellingOnly() {
        // a = [x, x, y, z], b = [x, y, y, y]; n = 4
        // diagonal: x/x (item 0) and y/y (item 2) -> p_o = 2/4 = 0.5; z never appears in b
        // a totals x 2, y 1, z 1; b totals x 1, y 3
        // p_e = (2/4)(1/4) + (1/4)(3/4) + (1/4)(0/4) = 2/16 + 3/16 = 5/16 = 0.3125
        // kappa = (0.5 - 0.3125) / (1 - 0.3125) = 0.1875 / 0.6875 = 3/11
        Agreement agreement = Agreement.of(labellings("xxyz", "xyyy"));

        assertThat(agreement.observedAgreement()).isEqualTo(0.5);
        assertThat(agreement.expectedAgreement()).isCloseTo(0.3125, within(EPS));
        assertThat(agreement.kappa()).isCloseTo(3.0 / 11.0, within(EPS));
    }

    @Test
    void kappaScalesToTenMillionItems() {
        // the textbook table times 200,000: n = 10,000,000 and n^2 = 1e14 still fit a long exactly;
        // the ratios are unchanged: p_o = 0.70, p_e = 0.50, kappa = 0.40
        Agreement agreement = Agreement.of(table(List.of("yes", "no"),
                new long[][] {{4_000_000, 1_000_000}, {2_000_000, 3_000_000}}));

        assertThat(agreement.n()).isEqualTo(10_000_000);
        assertThat(agreement.observedAgreement()).isCloseTo(0.70, within(EPS));
        assertThat(agreement.kappa()).isCloseTo(0.40, within(EPS));
    }

    @Test
    void everyStatisticIsNaNWithoutItems() {
        Agreement agreement = Agreement.of(ContingencyTable.empty());

        assertThat(agreement.n()).isZero();
        assertThat(agreement.observedAgreement()).isNaN();
        assertThat(agreement.expectedAgreement()).isNaN();
        assertThat(agreement.kappa()).isNaN();
        assertThat(agreement.adjustedRandIndex()).isNaN();
        assertThat(agreement.cramersV()).isNaN();
    }

    // ---- Cramér's V ----

    @Test
    void cramersVOfTheTextbookTwoByTwoTable() {
        // expected 15 10 / 15 10; chi2 = 25/15 + 25/10 + 25/15 + 25/10 = 8.3333; V = sqrt(8.3333 / 50)
        Agreement agreement = Agreement.of(table(List.of("yes", "no"), new long[][] {{20, 5}, {10, 15}}));

        assertThat(agreement.cramersV()).isCloseTo(Math.sqrt(25.0 / 3 / 50), within(EPS));
    }

    @Test
    void cramersVOfATwoByThreeTableIgnoresLabelNames() {
        // rows 60, 40; columns 30, 30, 40; expected 18 18 24 / 12 12 16;
        // chi2 = 64/18 + 4/18 + 36/24 + 64/12 + 4/12 + 36/16 = 13.19444; V = sqrt(13.19444 / (100 (2 - 1)))
        ContingencyTable table = ContingencyTable.ordered(List.of("A", "B"), List.of("x", "y", "z"))
                .add("A", "x", 10).add("A", "y", 20).add("A", "z", 30)
                .add("B", "x", 20).add("B", "y", 10).add("B", "z", 10);

        assertThat(Agreement.of(table).cramersV()).isCloseTo(Math.sqrt(13.194444444 / 100), within(1e-9));
        assertThat(Agreement.of(labellings("aabb", "xxyy")).cramersV()).isCloseTo(1.0, within(EPS));
        assertThat(Agreement.of(labellings("aaaa", "xyxy")).cramersV()).isNaN();
    }

    // ---- adjusted Rand index ----

    @Test
    void adjustedRandIndexOfAWorkedExample() {
        // a = [1,1,1,2,2,2], b = [1,1,2,2,3,3]
        // table: a=1 -> b=1: 2, b=2: 1, b=3: 0;  a=2 -> b=1: 0, b=2: 1, b=3: 2
        // index    = Σ C(n_ij,2) = C(2,2) + C(1,2) + C(1,2) + C(2,2) = 1 + 0 + 0 + 1 = 2
        // Σ C(a_i,2) = C(3,2) + C(3,2) = 3 + 3 = 6
        // Σ C(b_j,2) = C(2,2) * 3 = 3
        // C(n,2) = C(6,2) = 15;  expected = 6 * 3 / 15 = 1.2;  max = (6 + 3) / 2 = 4.5
        // ARI = (2 - 1.2) / (4.5 - 1.2) = 0.8 / 3.3 = 8/33 = 0.2424...
        assertThat(Agreement.of(labellings("111222", "112233")).adjustedRandIndex())
                .isCloseTo(8.0 / 33.0, within(EPS));
    }

    @Test
    void adjustedRandIndexMatchesPublishedScikitLearnExamples() {
        // scikit-learn user guide, adjusted_rand_score:
        // [0,0,1,1] vs [0,0,1,2] = 0.57...: index = C(2,2) = 1; Σa = 1 + 1 = 2; Σb = 1; C(4,2) = 6
        //   expected = 2*1/6 = 1/3; max = 1.5; ARI = (1 - 1/3) / (1.5 - 1/3) = (2/3) / (7/6) = 4/7
        assertThat(Agreement.of(labellings("0011", "0012")).adjustedRandIndex())
                .isCloseTo(4.0 / 7.0, within(EPS));
        // [0,0,1,1] vs [0,1,0,1] = -0.5: index = 0; Σa = 2; Σb = 2; expected = 4/6; max = 2
        //   ARI = (0 - 2/3) / (2 - 2/3) = -0.5
        assertThat(Agreement.of(labellings("0011", "0101")).adjustedRandIndex()).isCloseTo(-0.5, within(EPS));
        // [0,0,0,0] vs [0,1,2,3] = 0.0: index = 0; Σa = C(4,2) = 6; Σb = 0; expected = 0; max = 3
        //   ARI = (0 - 0) / (3 - 0) = 0
        assertThat(Agreement.of(labellings("0000", "0123")).adjustedRandIndex()).isEqualTo(0.0);
    }

    @Test
    void identicalGroupingsUnderOtherNamesHaveAnIndexOfOneButNoKappa() {
        // a = [x,x,y,y,z], b = [1,1,0,0,7]: the same grouping, no shared label
        // index = C(2,2) + C(2,2) + C(1,2) = 2 = Σ C(a_i,2) = Σ C(b_j,2); C(5,2) = 10
        // expected = 2*2/10 = 0.4; max = 2; ARI = (2 - 0.4) / (2 - 0.4) = 1
        // kappa: p_o = 0 (no item has equal labels), p_e = 0 (no label in both margins) -> 0 / 1 = 0
        Agreement agreement = Agreement.of(labellings("xxyyz", "11007"));

        assertThat(agreement.adjustedRandIndex()).isCloseTo(1.0, within(EPS));
        assertThat(agreement.kappa()).isEqualTo(0.0);
    }

    @Test
    void adjustedRandIndexIsOneInTheDegenerateCasesOfIdenticalGroupings() {
        // both a single group: Σa = Σb = index = C(3,2) = 3 = C(n,2); expected = 3*3/3 = 3; max = 3 -> 0/0
        assertThat(Agreement.of(labellings("ppp", "qqq")).adjustedRandIndex()).isEqualTo(1.0);
        // every item alone in both: index = Σa = Σb = 0; expected = 0; max = 0 -> 0/0
        assertThat(Agreement.of(labellings("abc", "xyz")).adjustedRandIndex()).isEqualTo(1.0);
        // one item: C(1,2) = 0, nothing to compare -> 0/0, and trivially identical
        assertThat(Agreement.of(labellings("a", "b")).adjustedRandIndex()).isEqualTo(1.0);
    }

    @Test
    void adjustedRandIndexDoesNotOverflowForTenMillionItems() {
        // a: all 10,000,000 items in one group; b: two groups of 5,000,000
        // index = 2*C(5e6,2) = Σb;  Σa = C(1e7,2) = C(n,2) ~ 5e13
        // Σa*Σb ~ 1.25e27 overflows a long; expected = Σa*Σb/C(n,2) = Σb, so ARI = (Σb - Σb)/(...) = 0
        ContingencyTable table = ContingencyTable.empty().add("all", "left", 5_000_000)
                .add("all", "right", 5_000_000);

        assertThat(Agreement.of(table).adjustedRandIndex()).isCloseTo(0.0, within(EPS));
    }
}
