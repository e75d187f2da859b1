package io.customerlens.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.customerlens.support.Hashes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Where the secret of stored API keys comes from, and how its file is protected. */
@ExtendWith(OutputCaptureExtension.class)
class KeySecretTest {

    private static final String SECRET = "a-configured-secret-of-44-characters-0123456";

    @TempDir
    Path dir;

    @Test
    void generatesAnOwnerOnlyFileOnTheFirstStartAndReusesIt(CapturedOutput output) throws IOException {
        Path file = dir.resolve("data/key-secret");
        KeySecret first = new KeySecret(null, file);

        assertThat(file).isRegularFile();
        assumePosix(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String written = Files.readString(file).strip();
        assertThat(Base64.getDecoder().decode(written)).hasSize(32);
        assertThat(file.getParent()).isDirectoryNotContaining(path -> !path.equals(file)); // no temporary file left
        assertThat(output).contains("Generated the secret").contains(file.toString()).doesNotContain(written);

        KeySecret second = new KeySecret("", file);
        assertThat(second.hmac("cl_key")).isEqualTo(first.hmac("cl_key"));
        assertThat(Files.readString(file).strip()).isEqualTo(written);
        // The file holds the secret as text: copied into customerlens.security.key-secret it gives the same hashes.
        assertThat(new KeySecret(written, dir.resolve("unused")).hmac("cl_key")).isEqualTo(first.hmac("cl_key"));
    }

    @Test
    void aConfiguredSecretIsUsedAndNoFileIsWritten(CapturedOutput output) {
        Path file = dir.resolve("key-secret");
        KeySecret secret = new KeySecret("  " + SECRET + "\n", file);

        assertThat(file).doesNotExist();
        assertThat(secret.hmac("cl_key")).matches("[0-9a-f]{64}")
                .isEqualTo(new KeySecret(SECRET, file).hmac("cl_key"))
                .isNotEqualTo(new KeySecret(SECRET.replace('a', 'b'), file).hmac("cl_key"))
                .isNotEqualTo(Hashes.sha256("cl_key"));
        assertThat(output).contains("customerlens.security.key-secret").doesNotContain(SECRET);
    }

    @Test
    void refusesAConfiguredSecretShorterThan32Characters() {
        Path file = dir.resolve("key-secret");

        assertThatThrownBy(() -> new KeySecret("only-31-characters-long-0123456", file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("customerlens.security.key-secret must be at least 32 characters long")
                .hasMessageNotContaining("only-31-characters-long-0123456");
        assertThat(file).doesNotExist();
    }

    @Test
    void refusesAShortSecretInTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("key-secret"), "short\n");

        assertThatThrownBy(() -> new KeySecret(null, file))
                .hasMessageStartingWith("customerlens.security.key-secret-file (" + file + ") must be at least 32");
    }

    @Test
    void tightensAFileOthersCanRead(CapturedOutput output) throws IOException {
        Path file = Files.writeString(dir.resolve("key-secret"), SECRET + "\n");
        assumePosix(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        KeySecret secret = new KeySecret(null, file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(output).contains(file + " was open to others than its owner (rw-r-----); it is now rw-------")
                .doesNotContain(SECRET);
        assertThat(secret.hmac("cl_key")).isEqualTo(new KeySecret(SECRET, dir.resolve("unused")).hmac("cl_key"));
    }

    private static void assumePosix(Path file) {
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }
}
