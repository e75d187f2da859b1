package io.customerlens.transfer;

import java.nio.file.Path;

/**
 * A file to import.
 *
 * @param kind        what it holds
 * @param format      how it is written
 * @param file        where it is
 * @param source      the name to report it under
 * @param deleteAfter whether the file is an upload to delete once imported
 */
public record ImportRequest(ImportKind kind, ImportFormat format, Path file, String source, boolean deleteAfter) {

    /** A file on the server, read where it lies. */
    public static ImportRequest of(ImportKind kind, ImportFormat format, Path file) {
        return new ImportRequest(kind, ImportFormat.of(format, kind, file.getFileName().toString()), file,
                file.getFileName().toString(), false);
    }
}
