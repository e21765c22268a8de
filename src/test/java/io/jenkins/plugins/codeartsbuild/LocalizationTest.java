package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsTransportException;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.ErrorHint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible string has a Simplified Chinese translation beside it, with the same placeholders; every
 * client enum the Jenkins layer localizes by name has its key; every field has a help file. Reads files only (no
 * Jenkins), so it also runs in the Maven-Central-only build.
 */
class LocalizationTest {

    private static final Path RESOURCES = Path.of(System.getProperty("codearts.resources.dir", "src/main/resources"));
    private static final Path PACKAGE = RESOURCES.resolve("io/jenkins/plugins/codeartsbuild");
    private static final Path SOURCES = Path.of("src/main/java/io/jenkins/plugins/codeartsbuild");
    private static final Pattern JELLY_KEY = Pattern.compile("\\$\\{%([^}]+)}");
    private static final Pattern JELLY_FIELD = Pattern.compile("<f:entry[^>]*\\sfield=\"(\\w+)\"");
    private static final Pattern MESSAGES_CALL = Pattern.compile("Messages\\.(\\w+)\\(");

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }

    static Set<Integer> placeholders(String pattern) {
        Set<Integer> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        new MessageFormat(pattern); // throws on a malformed pattern
        return used;
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(PACKAGE)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void messagesHaveTheSameKeysAndPlaceholdersInChinese() throws IOException {
        Properties en = load(PACKAGE.resolve("Messages.properties"));
        Properties zh = load(PACKAGE.resolve("Messages_zh_CN.properties"));
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(zh.getProperty(key)))
                    .as("placeholders of %s", key)
                    .isEqualTo(placeholders(en.getProperty(key)));
            if (!en.getProperty(key).isEmpty()) {
                assertThat(zh.getProperty(key)).as("translation of %s", key).isNotEqualTo(en.getProperty(key));
            }
        }
    }

    @Test
    void everyClientEnumHasItsMessageKey() throws IOException {
        Properties en = load(PACKAGE.resolve("Messages.properties"));
        for (CodeArtsValidationException.Problem p : CodeArtsValidationException.Problem.values()) {
            String key = "ClientProblem." + p.name();
            assertThat(en).containsKey(key);
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(p.getPattern()));
        }
        for (ErrorHint h : ErrorHint.values()) {
            assertThat(en).containsKey("ErrorHint." + h.name());
        }
        for (CodeArtsApiException.Failure f : CodeArtsApiException.Failure.values()) {
            assertThat(en).containsKey("ApiFailure." + f.name());
        }
        for (CodeArtsTransportException.Kind k : CodeArtsTransportException.Kind.values()) {
            assertThat(en).containsKey("TransportFailure." + k.name());
        }
    }

    @Test
    void everyMessageKeyIsUsed() throws IOException {
        Set<String> called = new TreeSet<>();
        try (Stream<Path> s = Files.walk(SOURCES)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = MESSAGES_CALL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    called.add(m.group(1));
                }
            }
        }
        Set<String> dynamic = Set.of("ClientProblem", "ErrorHint", "ApiFailure", "TransportFailure");
        for (String key : load(PACKAGE.resolve("Messages.properties")).stringPropertyNames()) {
            String family = key.substring(0, key.indexOf('.'));
            if (!dynamic.contains(family)) {
                assertThat(called)
                        .as("a call of Messages.%s", key.replace('.', '_'))
                        .contains(key.replace('.', '_'));
            }
        }
    }

    @Test
    void everyHelpFileHasAChineseTwin() throws IOException {
        List<Path> help = files(".html").stream()
                .filter(p -> !p.getFileName().toString().contains("_zh_CN"))
                .toList();
        assertThat(help).hasSizeGreaterThan(20);
        for (Path p : help) {
            Path twin = p.resolveSibling(p.getFileName().toString().replace(".html", "_zh_CN.html"));
            assertThat(twin).as("Chinese help beside %s", p).exists();
            assertThat(Files.readString(twin, StandardCharsets.UTF_8)).isNotEqualTo(Files.readString(p));
        }
    }

    @Test
    void everyJellyLabelIsTranslatedAndEveryFieldHasHelp() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path jelly : files(".jelly")) {
            String view = Files.readString(jelly, StandardCharsets.UTF_8);
            Set<String> keys = new TreeSet<>();
            Matcher m = JELLY_KEY.matcher(view);
            while (m.find()) {
                keys.add(m.group(1));
            }
            String base = jelly.getFileName().toString().replace(".jelly", "");
            Path zhFile = jelly.resolveSibling(base + "_zh_CN.properties");
            Properties zh = keys.isEmpty() ? new Properties() : load(zhFile);
            for (String key : keys) {
                if (!zh.containsKey(key)) {
                    missing.add(jelly.getParent().getFileName() + "/" + base + ": " + key);
                }
            }
            Matcher f = JELLY_FIELD.matcher(view);
            while (f.find()) {
                if (!Files.exists(jelly.resolveSibling("help-" + f.group(1) + ".html"))) {
                    missing.add(jelly.getParent().getFileName() + ": help-" + f.group(1) + ".html");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theBuilderOffersHelpForEveryFieldOfTheViewItIncludes() throws IOException {
        Set<String> step = helpFiles("DeleteBuildJobStep");
        assertThat(helpFiles("DeleteBuildJobBuilder")).isEqualTo(step).contains("help-jobId.html");
    }

    private static Set<String> helpFiles(String folder) throws IOException {
        try (Stream<Path> s = Files.list(PACKAGE.resolve(folder))) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("help") && n.endsWith(".html"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
