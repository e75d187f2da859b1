package io.customerlens.plugins.lifetimevalue;

import java.util.List;

/**
 * The CDNOW 1/10 sample (2,357 customers, calibration weeks 1-39) from {@code datasets/cdnow} in the repository
 * ({@link Datasets}).
 */
final class Cdnow {

    static final int CUSTOMERS = 2357;

    private Cdnow() {
    }

    /** @return every customer as ID,frequency,recency,T (weeks), zbar 0 as that file has no values */
    static List<WeeklyPattern> summary() {
        return read("cdnow_customers_summary.csv", 4).stream()
                .map(f -> new WeeklyPattern(Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), 0))
                .toList();
    }

    /** @return every customer as ID,x,t_x,T,zbar (weeks; zbar = mean value of the repeat purchases) */
    static List<WeeklyPattern> withTransactions() {
        return read("cdnow_customers_summary_with_transactions.csv", 5).stream()
                .map(f -> new WeeklyPattern(Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4])))
                .toList();
    }

    private static List<String[]> read(String file, int columns) {
        return Datasets.csv("cdnow", file, columns);
    }
}
