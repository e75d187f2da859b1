package io.customerlens.transfer;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bulk imports.
 *
 * @param file           run from the command line: import this file, then exit (0: every row imported or already
 *                       stored, 1: rows were rejected, 2: the import failed)
 * @param kind           with {@code file}: customers, orders, surveys, interactions or cdnow
 * @param format         with {@code file}: csv or ndjson; by default told from the file name (.csv, .ndjson/.jsonl)
 * @param dir            the server folder {@code startImport} may read files from; server-side paths are refused
 *                       while it is not set
 * @param batchSize      rows written per batch (default 1000)
 * @param keptRejections rejected rows kept in a job's report with line and reason (default 1000); all are counted
 * @param uploadDir      where uploads wait until imported (default {@code data/uploads}); what a stopped server left
 *                       there is deleted at the next start
 * @param maxWaiting     imports queued or running at once (default 8); more are refused with TOO_MANY_REQUESTS
 */
@ConfigurationProperties("customerlens.import")
public record ImportProperties(String file, String kind, ImportFormat format, Path dir, Integer batchSize,
                               Integer keptRejections, Path uploadDir, Integer maxWaiting) {

    public ImportProperties {
        uploadDir = uploadDir == null ? Path.of("data", "uploads") : uploadDir;
        batchSize = batchSize == null ? 1000 : batchSize;
        keptRejections = keptRejections == null ? 1000 : keptRejections;
        maxWaiting = maxWaiting == null ? 8 : maxWaiting;
        if (maxWaiting < 1) {
            throw new IllegalArgumentException("customerlens.import.max-waiting must be 1 or more, not " + maxWaiting);
        }
        if (batchSize < 1 || batchSize > 100_000) {
            throw new IllegalArgumentException("customerlens.import.batch-size must be from 1 to 100000, not " + batchSize);
        }
        if (keptRejections < 0) {
            throw new IllegalArgumentException("customerlens.import.kept-rejections must be 0 or more");
        }
    }
}
