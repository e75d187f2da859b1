package io.customerlens.analytics.stats;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How far two labellings of the same items agree, computed from a {@link ContingencyTable} (rows = first
 * labelling a, columns = second labelling b).
 *
 * <p>Observed agreement and Cohen's kappa compare labels literally: the diagonal is the set of items that carry
 * the same label in both labellings, so they only make sense when both models use the same label set. The
 * adjusted Rand index compares the groupings and ignores the label names.
 *
 * <p>All counts are combined in exact {@code long} arithmetic before a final division, so populations of tens
 * of millions of items are handled without overflow or loss of precision; tables with more than about 3
 * billion items throw {@link ArithmeticException}.
 *
 * @param n                  the number of items
 * @param observedAgreement  p_o, the share of items with the same label in both labellings; {@code NaN} if
 *                           {@code n == 0}
 * @param expectedAgreement  p_e = Σ_k (a_k/n)(b_k/n), the agreement expected by chance from the margins, summed
 *                           over every label of either margin (a label missing from one margin contributes 0);
 *                           {@code NaN} if {@code n == 0}
 * @param kappa              Cohen's kappa (p_o − p_e)/(1 − p_e); defined as 1.0 when p_e = 1 (both labellings
 *                           put every item in the same single label, which forces p_o = 1); {@code NaN} if
 *                           {@code n == 0}
 * @param adjustedRandIndex  the adjusted Rand index of Hubert &amp; Arabie (1985), see {@link #of}; 1.0 for
 *                           identical groupings, about 0 for independent ones, negative below chance
 * @param cramersV           Cramér's V = sqrt(χ² / (n (min(r, c) − 1))) over the r rows and c columns with any
 *                           item: 0 for independent labellings, 1 when either determines the other; like the
 *                           adjusted Rand index it ignores the label names; {@code NaN} when either labelling uses
 *                           a single label or {@code n == 0}
 */
public record Agreement(long n, double observedAgreement, double expectedAgreement, double kappa,
        double adjustedRandIndex, double cramersV) {

    /**
     * Computes every statistic of this record from {@code table}.
     *
     * <p>The adjusted Rand index is ARI = (Σ_ij C(n_ij,2) − E) / (½[Σ_i C(a_i,2) + Σ_j C(b_j,2)] − E) with
     * E = Σ_i C(a_i,2) Σ_j C(b_j,2) / C(n,2). Its denominator is 0 exactly when both groupings are a single
     * group, or both put every item in a group of its own, or n = 1; the index is then defined as 1.0 when the
     * groupings are identical up to relabeling and 0.0 otherwise (in those cases they are always identical, so
     * the result is 1.0). With {@code n == 0} every statistic is {@code NaN}.
     */
    public static Agreement of(ContingencyTable table) {
        Objects.requireNonNull(table, "table");
        long n = table.total();
        if (n == 0) {
            return new Agreement(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long diagonal = diagonal(table);
        long marginProducts = marginProducts(table);
        long nSquared = Math.multiplyExact(n, n);
        return new Agreement(n, (double) diagonal / n, (double) marginProducts / nSquared,
                kappa(n, diagonal, marginProducts, nSquared), adjustedRandIndex(table), cramersV(table));
    }

    /** Pearson's χ² of independence over the non-empty rows and columns, turned into Cramér's V. */
    private static double cramersV(ContingencyTable table) {
        Map<String, Long> rowTotals = table.rowTotals();
        Map<String, Long> columnTotals = table.columnTotals();
        List<String> rows = rowTotals.keySet().stream().filter(row -> rowTotals.get(row) > 0).toList();
        List<String> columns = columnTotals.keySet().stream().filter(column -> columnTotals.get(column) > 0).toList();
        int smaller = Math.min(rows.size(), columns.size());
        if (smaller < 2) {
            return Double.NaN;
        }
        double n = table.total();
        double chiSquare = 0;
        for (String row : rows) {
            for (String column : columns) {
                double expected = rowTotals.get(row) * (double) columnTotals.get(column) / n;
                double difference = table.count(row, column) - expected;
                chiSquare += difference * difference / expected;
            }
        }
        return Math.sqrt(chiSquare / (n * (smaller - 1)));
    }

    /**
     * Kappa multiplied through by n²: (n·diag − Σ a_k b_k) / (n² − Σ a_k b_k), so that the degenerate case
     * p_e = 1 is detected exactly rather than by comparing doubles.
     */
    private static double kappa(long n, long diagonal, long marginProducts, long nSquared) {
        if (marginProducts == nSquared) {
            // p_e = 1 means every item has the same single label in a and in b, hence p_o = 1 as well
            return 1.0;
        }
        return (double) (Math.multiplyExact(n, diagonal) - marginProducts) / (nSquared - marginProducts);
    }

    /** Σ_k n_kk over labels present as both a row and a column. */
    private static long diagonal(ContingencyTable table) {
        long sum = 0;
        for (String label : table.rowLabels()) {
            sum += table.count(label, label);
        }
        return sum;
    }

    /** Σ_k a_k·b_k; labels present in only one margin contribute 0. */
    private static long marginProducts(ContingencyTable table) {
        Map<String, Long> columnTotals = table.columnTotals();
        long sum = 0;
        for (Map.Entry<String, Long> row : table.rowTotals().entrySet()) {
            long column = columnTotals.getOrDefault(row.getKey(), 0L);
            sum = Math.addExact(sum, Math.multiplyExact(row.getValue(), column));
        }
        return sum;
    }

    private static double adjustedRandIndex(ContingencyTable table) {
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        long index = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                index += Values.pairs(table.countAt(r, c));
            }
        }
        long sumA = sumOfPairs(table.rowTotals().values());
        long sumB = sumOfPairs(table.columnTotals().values());
        long totalPairs = Values.pairs(table.total());
        // exact test for a zero denominator: by AM-GM it vanishes only if sumA == sumB and both are 0 or C(n,2)
        if (sumA == sumB && (sumA == 0 || sumA == totalPairs)) {
            return identicalUpToRelabeling(table, rows, columns) ? 1.0 : 0.0;
        }
        // sumA * sumB can reach ~1e27 for n = 10 million, beyond long: form it in double
        double expected = (double) sumA * sumB / totalPairs;
        double max = (sumA + sumB) / 2.0;
        return (index - expected) / (max - expected);
    }

    private static long sumOfPairs(Collection<Long> totals) {
        long sum = 0;
        for (long total : totals) {
            sum += Values.pairs(total);
        }
        return sum;
    }

    /** True when every row and every column of the table has at most one non-zero cell. */
    private static boolean identicalUpToRelabeling(ContingencyTable table, int rows, int columns) {
        int[] nonZeroPerColumn = new int[columns];
        for (int r = 0; r < rows; r++) {
            int nonZeroInRow = 0;
            for (int c = 0; c < columns; c++) {
                if (table.countAt(r, c) > 0) {
                    nonZeroInRow++;
                    nonZeroPerColumn[c]++;
                }
            }
            if (nonZeroInRow > 1) {
                return false;
            }
        }
        return Arrays.stream(nonZeroPerColumn).allMatch(count -> count <= 1);
    }
}
