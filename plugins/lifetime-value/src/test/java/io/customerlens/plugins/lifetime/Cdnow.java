package io.customerlens.plugins.lifetime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CDNOW 1/10 sample (2,357 customers, calibration weeks 1-39) from {@code datasets/cdnow} in the repository:
 * under the system property {@code customerlens.data.dir} set by surefire, or ../.. from the module directory.
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

    static Path folder() {
        String configured = System.getProperty("customerlens.data.dir");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../..");
        return root.resolve("datasets/cdnow").normalize();
    }

    private static List<String[]> read(String file, int columns) {
        Path path = folder().resolve(file);
        try {
            List<String[]> rows = Files.readAllLines(path).stream().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.trim().split(",")).toList();
            rows.forEach(row -> {
                if (row.length != columns) {
                    throw new IllegalStateException(path + ": expected " + columns + " columns: "
                            + String.join(",", row));
                }
            });
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("CDNOW data not found at " + path.toAbsolutePath()
                    + " (set -Dcustomerlens.data.dir to the repository root)", e);
        }
    }
}
