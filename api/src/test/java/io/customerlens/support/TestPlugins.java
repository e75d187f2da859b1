package io.customerlens.support;

import io.customerlens.fixtures.BuyerCountModel;
import io.customerlens.fixtures.ExplodingLoyaltyModel;
import io.customerlens.fixtures.HangingLoyaltyModel;
import io.customerlens.fixtures.MemoryModel;
import io.customerlens.fixtures.NotANumberLoyaltyModel;
import io.customerlens.fixtures.WrongScaleSatisfactionModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The plugin folder the integration tests run with: the bundled plugin jars built by Maven, plus plugins
 * made here on purpose: a model that throws, a model that answers off its scale, a population-fitted model,
 * a model with memory, a plugin that needs a future SDK, and a file that is not a plugin at all.
 */
public final class TestPlugins {

    private static Path folder;

    private TestPlugins() {
    }

    /** @return the folder, created once per test JVM */
    public static synchronized Path folder() {
        if (folder == null) {
            try {
                folder = create();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    private static Path create() throws IOException {
        Path dir = Files.createTempDirectory("customer-lens-test-plugins");
        Path bundled = Path.of(System.getProperty("customerlens.test.bundled-plugins", "../target/customer-lens/plugins"));
        if (!Files.isDirectory(bundled)) {
            throw new IllegalStateException("bundled plugins not found at " + bundled.toAbsolutePath()
                    + "; build them first: ./mvnw verify (the plugin modules run before api)");
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(bundled, "*.jar")) {
            for (Path jar : jars) {
                Files.copy(jar, dir.resolve(jar.getFileName()));
            }
        }
        jar(dir.resolve("faulty-1.0.0.jar"), "faulty", ">=1.0.0 & <2.0.0",
                ExplodingLoyaltyModel.class, WrongScaleSatisfactionModel.class, HangingLoyaltyModel.class,
                NotANumberLoyaltyModel.class);
        jar(dir.resolve("fixtures-1.0.0.jar"), "fixtures", ">=1.1.0 & <2.0.0", BuyerCountModel.class, MemoryModel.class);
        jar(dir.resolve("from-the-future-1.0.0.jar"), "from-the-future", ">=2.0.0", ExplodingLoyaltyModel.class);
        Files.writeString(dir.resolve("not-a-plugin.jar"), "this is not a zip file");
        // Two plugins with one id: the first found loads, the second is refused. They hold no models, so which
        // one wins changes nothing else.
        jar(dir.resolve("twin-a-1.0.0.jar"), manifest("twin", "1.0.0", ">=1.0.0"));
        jar(dir.resolve("twin-b-1.0.0.jar"), manifest("twin", "1.0.0", ">=1.0.0"));
        jar(dir.resolve("no-version-1.0.0.jar"), manifest("no-version", "", ">=1.0.0"));
        return dir;
    }

    /** Writes a PF4J plugin jar holding the given extension classes (which must have no nested classes). */
    public static void jar(Path file, String pluginId, String requires, Class<?>... extensions) throws IOException {
        jar(file, manifest(pluginId, "1.0.0", requires), extensions);
    }

    /** @return a PF4J plugin manifest; an empty value leaves that entry out */
    public static Manifest manifest(String pluginId, String version, String requires) {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", pluginId);
        if (!version.isEmpty()) {
            attributes.putValue("Plugin-Version", version);
        }
        attributes.putValue("Plugin-Requires", requires);
        attributes.putValue("Plugin-Provider", "Customer Lens tests");
        return manifest;
    }

    /** Writes a plugin jar with the given manifest holding the extension classes (which must have no nested classes). */
    public static void jar(Path file, Manifest manifest, Class<?>... extensions) throws IOException {
        jar(file, manifest, Map.of(), extensions);
    }

    /** Writes a plugin jar with the given manifest, text resources (path to content) and extension classes. */
    public static void jar(Path file, Manifest manifest, Map<String, String> resources, Class<?>... extensions)
            throws IOException {
        StringBuilder index = new StringBuilder();
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, String> resource : resources.entrySet()) {
                jar.putNextEntry(new JarEntry(resource.getKey()));
                jar.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
            for (Class<?> extension : extensions) {
                String entry = extension.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(entry));
                try (InputStream bytes = extension.getClassLoader().getResourceAsStream(entry)) {
                    bytes.transferTo(jar);
                }
                jar.closeEntry();
                index.append(extension.getName()).append('\n');
            }
            jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            jar.write(index.toString().getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }
}
