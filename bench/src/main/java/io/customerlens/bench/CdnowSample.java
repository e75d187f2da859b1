package io.customerlens.bench;

import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.PurchasePattern;
import io.customerlens.sdk.Quantiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CDNOW 1/10 sample's purchase patterns (file {@code cdnow_customers_summary_with_transactions.csv}: ID, x, t_x, T in weeks, and zbar, the mean value
 * of the repeat purchases) from
 * {@code datasets/cdnow} under the system property {@code customerlens.data.dir}, or under the working directory (the
 * repository root when the benchmarks jar is run as documented).
 */
public final class CdnowSample {

    /** Customers in the sample. */
    public static final int CUSTOMERS = 2357;

    private CdnowSample() {
    }

    /** @return statistics holding just the purchase patterns, in days (weeks × 7), with repeat purchase values */
    public static PopulationStatistics statistics() {
        Path file = folder().resolve("cdnow_customers_summary_with_transactions.csv");
        try (var lines = Files.lines(file)) {
            List<PurchasePattern> patterns = lines.skip(1).filter(line -> !line.isBlank()).map(line -> {
                String[] f = line.trim().split(",");
                return new PurchasePattern(Integer.parseInt(f[1]), Double.parseDouble(f[2]) * 7,
                        Double.parseDouble(f[3]) * 7, Double.parseDouble(f[4]));
            }).toList();
            return new PopulationStatistics(patterns.size(), Quantiles.EMPTY, Quantiles.EMPTY, Quantiles.EMPTY,
                    SyntheticPopulation.AS_OF).withPurchasePatterns(patterns);
        } catch (IOException e) {
            throw new UncheckedIOException("CDNOW sample not found at " + file.toAbsolutePath()
                    + " (run from the repository root or set -Dcustomerlens.data.dir)", e);
        }
    }

    private static Path folder() {
        String configured = System.getProperty("customerlens.data.dir");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of(".");
        return root.resolve("datasets/cdnow").normalize();
    }
}
