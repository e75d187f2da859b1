package io.customerlens.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the repository's Markdown files (the README, docs/, the plugins' and benchmarks' READMEs)
 * leads to a file that exists and, when it names a heading ({@code file.md#heading}), to a heading that exists.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of(System.getProperty("customerlens.test.root", "..")).toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODE_BLOCK = Pattern.compile("(?ms)^```.*?^```");
    private static final Pattern HEADING = Pattern.compile("(?m)^#+ (.*)$");

    @Test
    void everyRelativeLinkLeadsSomewhere() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.walk(ROOT)) {
            documents = files.filter(file -> file.toString().endsWith(".md"))
                    .filter(file -> Stream.of("node_modules", "target", ".git")
                            .noneMatch(skipped -> ROOT.relativize(file).toString().contains(skipped)))
                    .toList();
        }
        assertThat(documents).contains(ROOT.resolve("README.md"), ROOT.resolve("docs/README.md"));

        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            Matcher link = LINK.matcher(withoutCode(Files.readString(document)));
            while (link.find()) {
                String target = link.group(1);
                if (!target.matches("^(https?|mailto):.*")) {
                    check(document, target).ifPresent(problem -> broken.add(ROOT.relativize(document) + ": " + target + " " + problem));
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static Optional<String> check(Path document, String link) {
        int hash = link.indexOf('#');
        String file = hash < 0 ? link : link.substring(0, hash);
        Path target = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
        if (!Files.exists(target)) {
            return Optional.of("leads to no file");
        }
        if (hash >= 0 && target.toString().endsWith(".md") && !headings(target).contains(link.substring(hash + 1))) {
            return Optional.of("names no heading of " + ROOT.relativize(target));
        }
        return Optional.empty();
    }

    /** @return the anchors GitHub gives the file's headings */
    private static Set<String> headings(Path markdown) {
        try {
            return HEADING.matcher(withoutCode(Files.readString(markdown))).results()
                    .map(heading -> heading.group(1).strip().toLowerCase(Locale.ROOT)
                            .replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-'))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutCode(String markdown) {
        return CODE_BLOCK.matcher(markdown).replaceAll("");
    }
}
