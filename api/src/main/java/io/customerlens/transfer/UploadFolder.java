package io.customerlens.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The folder where uploads wait until their import has read them ({@code customerlens.import.upload-dir}). An
 * import deletes its upload when it ends; a server stopped in the middle cannot, so at the next start every file
 * left here is deleted (no import runs yet then).
 */
@Component
class UploadFolder {

    private static final Logger log = LoggerFactory.getLogger(UploadFolder.class);
    private static final String PREFIX = "upload-";

    private final Path folder;

    UploadFolder(ImportProperties properties) {
        this.folder = properties.uploadDir();
    }

    /** @return a new empty file for one upload */
    Path newFile() throws IOException {
        Files.createDirectories(folder);
        return Files.createTempFile(folder, PREFIX, ".part");
    }

    /** @return how many files earlier runs left; they are deleted */
    int clearLeftovers() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int deleted = 0;
        long bytes = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path file : files) {
                bytes += Files.size(file);
                Files.deleteIfExists(file);
                deleted++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear the upload folder " + folder, e);
        }
        if (deleted > 0) {
            log.warn("Deleted {} upload(s) ({} bytes) that imports cut off by a restart left in {}", deleted, bytes,
                    folder);
        }
        return deleted;
    }
}
