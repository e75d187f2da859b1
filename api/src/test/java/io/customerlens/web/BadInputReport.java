package io.customerlens.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of what the bad-input suite sent and how it was answered, by category, written as a Markdown table to
 * {@code target/bad-input-report.md} and the test output. Times are the client's, request sent to answer read.
 */
final class BadInputReport {

    /** One category's counts. */
    private static final class Tally {
        int requests;
        int serverErrors;
        int htmlOrEmpty;
        int internals;
        int documentsChanged;
        int overOneSecond;
        long slowestMillis;
    }

    private final Map<String, Tally> byCategory = new TreeMap<>();

    synchronized void record(String category, int status, boolean htmlOrEmpty, boolean internals, boolean documentsChanged,
                             long millis) {
        Tally tally = byCategory.computeIfAbsent(category, any -> new Tally());
        tally.requests++;
        tally.serverErrors += status >= 500 ? 1 : 0;
        tally.htmlOrEmpty += htmlOrEmpty ? 1 : 0;
        tally.internals += internals ? 1 : 0;
        tally.documentsChanged += documentsChanged ? 1 : 0;
        tally.overOneSecond += millis > 1_000 ? 1 : 0;
        tally.slowestMillis = Math.max(tally.slowestMillis, millis);
    }

    synchronized String table() {
        StringBuilder table = new StringBuilder("| category | requests | status >= 500 | HTML or empty body | Java internals"
                + " | documents changed | slower than 1 s | slowest ms |\n|---|---|---|---|---|---|---|---|\n");
        Tally total = new Tally();
        byCategory.forEach((category, tally) -> {
            row(table, category, tally);
            total.requests += tally.requests;
            total.serverErrors += tally.serverErrors;
            total.htmlOrEmpty += tally.htmlOrEmpty;
            total.internals += tally.internals;
            total.documentsChanged += tally.documentsChanged;
            total.overOneSecond += tally.overOneSecond;
            total.slowestMillis = Math.max(total.slowestMillis, tally.slowestMillis);
        });
        row(table, "**all**", total);
        return table.toString();
    }

    private static void row(StringBuilder table, String category, Tally tally) {
        table.append("| ").append(category).append(" | ").append(tally.requests).append(" | ").append(tally.serverErrors)
                .append(" | ").append(tally.htmlOrEmpty).append(" | ").append(tally.internals).append(" | ")
                .append(tally.documentsChanged).append(" | ").append(tally.overOneSecond).append(" | ")
                .append(tally.slowestMillis).append(" |\n");
    }

    void write() {
        String table = table();
        System.out.println("Bad-input report\n\n" + table);
        try {
            Files.writeString(Path.of("target", "bad-input-report.md"), table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
