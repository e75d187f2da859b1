package io.customerlens.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the embedded store's H2 file with auto-commit off ({@link EmbeddedBackend} commits after each write
 * command) and tells whether the last server to use it stopped cleanly: a marker file beside the store exists
 * while the store is open and is removed after a clean close.
 */
final class EmbeddedStoreFile {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreFile.class);

    private final Path file;
    private final Path openMarker;
    private final boolean uncleanlyClosed;

    private EmbeddedStoreFile(Path file) {
        this.file = file;
        this.openMarker = file.resolveSibling(file.getFileName() + ".open");
        this.uncleanlyClosed = Files.exists(openMarker);
    }

    /** @return the store file at this path, with no store opened yet */
    static EmbeddedStoreFile at(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for the embedded store file " + file, e);
        }
        return new EmbeddedStoreFile(file);
    }

    /** Opens the store and marks it open. */
    MVStore open() {
        long started = System.nanoTime();
        MVStore store = new MVStore.Builder().fileName(file.toString())
                .autoCommitDisabled()
                .autoCommitBufferSize(0)
                .open();
        try {
            Files.writeString(openMarker, ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            store.closeImmediately();
            throw new UncheckedIOException("cannot write " + openMarker, e);
        }
        log.info("Opened the embedded store {} ({} MB) in {} ms{}", file, Files.exists(file) ? size() / 1_000_000 : 0,
                (System.nanoTime() - started) / 1_000_000,
                uncleanlyClosed ? "; the server using it last did not stop cleanly" : "");
        return store;
    }

    /** @return whether the server that used the file last stopped without closing it */
    boolean uncleanlyClosed() {
        return uncleanlyClosed;
    }

    /** Called after the store was closed cleanly. */
    void closed() {
        try {
            Files.deleteIfExists(openMarker);
        } catch (IOException e) {
            log.warn("Could not remove {}; the next start will check the store as after a crash", openMarker, e);
        }
    }

    private long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
