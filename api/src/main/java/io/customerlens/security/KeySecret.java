package io.customerlens.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The server's secret that stored API keys are hashed with (HMAC-SHA256). It is kept outside the store so that
 * writing into the store alone never grants access: a hash planted there is worthless without the secret.
 * It comes from {@code customerlens.security.key-secret}, or else from {@code key-secret-file}, which the first
 * start generates, readable by its owner only.
 */
@Component
class KeySecret {

    private static final String PROPERTY = "customerlens.security.key-secret";
    private static final String FILE_PROPERTY = "customerlens.security.key-secret-file";
    private static final int MIN_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final int GENERATED_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final Logger log = LoggerFactory.getLogger(KeySecret.class);

    private final SecretKeySpec key;

    @Autowired
    KeySecret(SecurityProperties properties) {
        this(properties.keySecret(), Path.of(properties.keySecretFile()));
    }

    /**
     * @param configured the secret given in configuration; null or blank reads (or generates) the file
     * @param file       where the secret is kept otherwise
     */
    KeySecret(String configured, Path file) {
        String secret;
        if (configured == null || configured.isBlank()) {
            secret = fromFile(file.toAbsolutePath());
        } else {
            secret = checked(configured.strip(), PROPERTY);
            log.info("Stored API keys are hashed with the secret given in {}", PROPERTY);
        }
        this.key = new SecretKeySpec(secret.getBytes(UTF_8), ALGORITHM);
    }

    /** @return the lower-case hex HMAC-SHA256 of the text under this secret */
    String hmac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String fromFile(Path file) {
        try {
            boolean generated = Files.notExists(file) && generate(file);
            if (!generated) {
                restrictToOwner(file);
            }
            String secret = checked(Files.readString(file, UTF_8).strip(), FILE_PROPERTY + " (" + file + ")");
            if (generated) {
                log.info("Generated the secret stored API keys are hashed with, in {} (readable by its owner only). "
                        + "Keep it: stored keys stop working without it. Instances that share a store need the same "
                        + "secret: give each one {}.", file, PROPERTY);
            } else {
                log.info("Stored API keys are hashed with the secret in {}", file);
            }
            return secret;
        } catch (IOException e) {
            throw new IllegalStateException(FILE_PROPERTY + ": cannot read or create " + file + " (" + e
                    + "); make its folder writable, or set " + PROPERTY, e);
        }
    }

    /**
     * Writes a new random secret to the file, which appears complete and owner-only at once.
     *
     * @return false if another process created the file first
     */
    private static boolean generate(Path file) throws IOException {
        byte[] random = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(random);
        Files.createDirectories(file.getParent());
        Path temporary = ownerOnlyTemporaryFile(file);
        try {
            Files.writeString(temporary, Base64.getEncoder().encodeToString(random) + "\n", UTF_8);
            Files.move(temporary, file);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path ownerOnlyTemporaryFile(Path file) throws IOException {
        Path folder = file.getParent();
        String prefix = "." + file.getFileName();
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(folder, prefix, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        File temporary = Files.createTempFile(folder, prefix, ".tmp").toFile();
        boolean restricted = temporary.setReadable(false, false) && temporary.setReadable(true, true)
                && temporary.setWritable(false, false) && temporary.setWritable(true, true);
        if (!restricted) {
            log.warn("Could not make {} readable by its owner only; restrict access to its folder", file);
        }
        return temporary.toPath();
    }

    /** Removes every permission of group and others from the file, if the file system has POSIX permissions. */
    private static void restrictToOwner(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        Set<PosixFilePermission> ownerOnly = EnumSet.noneOf(PosixFilePermission.class);
        permissions.stream().filter(permission -> permission.name().startsWith("OWNER_")).forEach(ownerOnly::add);
        if (!ownerOnly.equals(permissions)) {
            view.setPermissions(ownerOnly);
            log.warn("{} was open to others than its owner ({}); it is now {}", file,
                    PosixFilePermissions.toString(permissions), PosixFilePermissions.toString(ownerOnly));
        }
    }

    private static String checked(String secret, String source) {
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalStateException(source + " must be at least " + MIN_LENGTH + " characters long (it has "
                    + secret.length() + "); generate one with: openssl rand -base64 32");
        }
        return secret;
    }
}
