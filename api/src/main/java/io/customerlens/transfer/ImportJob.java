package io.customerlens.transfer;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An import and its report, kept in {@code import_jobs}; changed after every batch while it runs. It names the file
 * and the counts, and rejected rows by line number and reason; it holds no customer data beyond what a reason
 * quotes of an external id.
 *
 * @param id               id; ids grow with start time
 * @param kind             what the file holds
 * @param format           how it is written
 * @param source           the file name (uploads: the name the client gave)
 * @param state            where the job is
 * @param requestedBy      the API key name that started it, or {@code command line}
 * @param startedAt        when it was asked for
 * @param finishedAt       when it ended
 * @param read             rows read, rejected ones included (blank lines and the CSV header are not rows)
 * @param inserted         rows that stored something new
 * @param updated          rows that changed a stored customer
 * @param unchanged        rows already stored with the same values
 * @param rejected         rows refused, each with nothing of it stored
 * @param customersCreated customers created for the orders of a CDNOW log
 * @param bytesRead        bytes of the file read so far
 * @param totalBytes       the file's size
 * @param ratePerSecond    rows per second so far
 * @param etaSeconds       seconds left at that rate, judged by the bytes left; null once ended
 * @param rejections       the first rejected rows (up to {@code customerlens.import.kept-rejections})
 * @param error            why it FAILED
 */
@Document(ImportJob.COLLECTION)
public record ImportJob(@Id String id, ImportKind kind, ImportFormat format, String source, ImportState state,
                        String requestedBy, Instant startedAt, Instant finishedAt, long read, long inserted,
                        long updated, long unchanged, long rejected, long customersCreated, long bytesRead,
                        long totalBytes, Double ratePerSecond, Double etaSeconds, List<ImportTally.Rejection> rejections,
                        String error) {

    public static final String COLLECTION = "import_jobs";

    public ImportJob {
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
    }

    /** @return whether every row was read and none was rejected */
    public boolean clean() {
        return state == ImportState.COMPLETED && rejected == 0;
    }
}
