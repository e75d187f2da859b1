package io.customerlens.transfer;

import java.util.Locale;

/** How a file is written. */
public enum ImportFormat {
    /** Comma-separated values with a header row. */
    CSV,
    /** One JSON object per line. */
    NDJSON,
    /** The whitespace-separated CDNOW transaction log. */
    CDNOW;

    /**
     * @param given    the format asked for, or null to tell it from the kind and the file name
     * @param kind     what the file holds
     * @param fileName the file's name
     * @return the format to read the file with
     */
    static ImportFormat of(ImportFormat given, ImportKind kind, String fileName) {
        if (kind == ImportKind.CDNOW || given == CDNOW) {
            if (kind != ImportKind.CDNOW || given != null && given != CDNOW) {
                throw new ImportFileException("format", "the CDNOW format goes with kind cdnow, and only with it");
            }
            return CDNOW;
        }
        if (given != null) {
            return given;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl") || name.endsWith(".json")) {
            return NDJSON;
        }
        throw new ImportFileException("format", "cannot tell the format from the file name '" + fileName
                + "'; name it .csv or .ndjson, or give the format: csv, ndjson");
    }
}
