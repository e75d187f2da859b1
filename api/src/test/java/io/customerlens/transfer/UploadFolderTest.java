package io.customerlens.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadFolderTest {

    @TempDir
    Path dir;

    @Test
    void uploadsLandInTheFolderAndWhatARestartLeftIsDeleted() throws Exception {
        Path folder = dir.resolve("uploads");
        UploadFolder uploads = new UploadFolder(new ImportProperties(null, null, null, null, null, null, folder, null));
        assertThat(uploads.clearLeftovers()).isZero();

        Path first = uploads.newFile();
        Path second = uploads.newFile();
        Files.writeString(first, "externalId,name\n");
        Path unrelated = Files.writeString(folder.resolve("notes.txt"), "kept");
        assertThat(first.getParent()).isEqualTo(folder);
        assertThat(second).isNotEqualTo(first);

        assertThat(uploads.clearLeftovers()).isEqualTo(2);
        assertThat(first).doesNotExist();
        assertThat(second).doesNotExist();
        assertThat(unrelated).exists();
    }
}
