package io.customerlens.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The running counts of an import, and the first rejected rows (up to a cap; {@code rejected} counts them all). */
final class ImportTally {

    /**
     * One rejected row.
     *
     * @param line   its line number in the file
     * @param reason what is wrong with it, naming the field and what is allowed
     */
    public record Rejection(long line, String reason) {
    }

    private final int kept;
    private final List<Rejection> rejections = new ArrayList<>();
    long read;
    long inserted;
    long updated;
    long unchanged;
    long rejected;
    long customersCreated;

    ImportTally(int kept) {
        this.kept = kept;
    }

    void reject(long line, String reason) {
        rejected++;
        if (rejections.size() < kept) {
            rejections.add(new Rejection(line, reason));
        }
    }

    /** @return the kept rejections in line order (rows refused when their batch is written come later otherwise) */
    List<Rejection> rejections() {
        return rejections.stream().sorted(Comparator.comparingLong(Rejection::line)).toList();
    }

    /** @return rows read and written so far */
    long done() {
        return inserted + updated + unchanged + rejected;
    }
}
