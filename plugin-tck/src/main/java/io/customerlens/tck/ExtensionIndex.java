package io.customerlens.tck;

import io.customerlens.sdk.ScoringModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a plugin's models the way PF4J does: through {@code META-INF/extensions.idx}, the class list PF4J's
 * annotation processor writes at compile time for every {@code @Extension}.
 */
public final class ExtensionIndex {

    /** Where PF4J's annotation processor lists the extensions of a jar. */
    public static final String RESOURCE = "META-INF/extensions.idx";

    private ExtensionIndex() {
    }

    /** @return a new instance of every concrete {@link ScoringModel} in every index on the class path */
    public static List<ScoringModel<?>> models() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<ScoringModel<?>> models = new ArrayList<>();
        for (String name : classNames(loader)) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(RESOURCE + " lists " + name + ", which is not on the class path", e);
            }
            if (ScoringModel.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                try {
                    models.add((ScoringModel<?>) type.getConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("PF4J could not create " + name
                            + " either: it needs a public no-argument constructor", e);
                }
            }
        }
        return models;
    }

    private static Set<String> classNames(ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> indexes = loader.getResources(RESOURCE);
            while (indexes.hasMoreElements()) {
                try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(indexes.nextElement().openStream(), StandardCharsets.UTF_8))) {
                    reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
