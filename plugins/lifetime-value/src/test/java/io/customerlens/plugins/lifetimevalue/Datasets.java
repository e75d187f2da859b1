package io.customerlens.plugins.lifetimevalue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The public data sets in {@code datasets/} of the repository: under the system property
 * {@code customerlens.data.dir} set by surefire, or ../.. from the module directory.
 */
final class Datasets {

    private Datasets() {
    }

    static Path folder(String dataset) {
        String configured = System.getProperty("customerlens.data.dir");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../..");
        return root.resolve("datasets").resolve(dataset).normalize();
    }

    /** @return the rows of a CSV file with a header line, each split on commas, checked to have this many columns */
    static List<String[]> csv(String dataset, String file, int columns) {
        Path path = folder(dataset).resolve(file);
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
            throw new UncheckedIOException("data set not found at " + path.toAbsolutePath()
                    + " (set -Dcustomerlens.data.dir to the repository root)", e);
        }
    }
}
