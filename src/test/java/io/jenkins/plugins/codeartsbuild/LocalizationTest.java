package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsTransportException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.ErrorHint;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Every user-visible string has a Simplified Chinese translation beside it, with the same placeholders; every
 * client enum the Jenkins layer localizes by name has its key; every view label is found by Stapler under the key it
 * really looks up. Reads files only (no Jenkins), so it also runs in the Maven-Central-only build. Fields and their
 * help files: {@link ViewsTest}.
 */
class LocalizationTest {

    private static final Path RESOURCES = Path.of(System.getProperty("codearts.resources.dir", "src/main/resources"));
    private static final Path PACKAGE = RESOURCES.resolve("io/jenkins/plugins/codeartsbuild");
    private static final Path SOURCES = Path.of("src/main/java/io/jenkins/plugins/codeartsbuild");
    /** A {@code "%…"} or {@code '%…'} string literal inside an expression, as Stapler's CustomJellyContext finds it. */
    private static final Pattern RESOURCE_LITERAL = Pattern.compile("(\"%[^\"]+\")|('%[^']+')");

    private static final Set<CodeArtsValidationException.Problem> KEY_PROBLEMS = Set.of(
            CodeArtsValidationException.Problem.ACCESS_KEY_MISSING,
            CodeArtsValidationException.Problem.ACCESS_KEY_MALFORMED,
            CodeArtsValidationException.Problem.SECRET_KEY_MISSING,
            CodeArtsValidationException.Problem.SECRET_KEY_MALFORMED);

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

    static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(PACKAGE)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    /** Every package's {@code Messages.properties}: each room of the Jenkins layer has its own. */
    static List<Path> bundles() throws IOException {
        List<Path> all = files("Messages.properties");
        assertThat(all).contains(PACKAGE.resolve("Messages.properties"));
        return all;
    }

    /** The keys of every bundle together. */
    static Properties allMessages() throws IOException {
        Properties all = new Properties();
        for (Path b : bundles()) {
            all.putAll(load(b));
        }
        return all;
    }

    @Test
    void messagesHaveTheSameKeysAndPlaceholdersInChinese() throws IOException {
        for (Path bundle : bundles()) {
            sameKeysAndPlaceholdersInChinese(load(bundle), load(bundle.resolveSibling("Messages_zh_CN.properties")));
        }
    }

    /**
     * Every message is formatted with {@code MessageFormat} (localizer's {@code ResourceBundleHolder.format}), where a
     * single {@code '} starts a quotation and disappears: "this key's project" would show as "this keys project". An
     * apostrophe is written {@code ''}, a brace {@code '{'}. (A pattern that still parses, as that one does, passes the
     * placeholder checks.)
     */
    @Test
    void noMessageHasALoneApostrophe() throws IOException {
        for (Path bundle : bundles()) {
            for (Path file : List.of(bundle, bundle.resolveSibling("Messages_zh_CN.properties"))) {
                Properties p = load(file);
                for (String key : p.stringPropertyNames()) {
                    // a quoted brace ('{' or '}') is a quotation on purpose
                    assertThat(p.getProperty(key).replace("''", "").replaceAll("'[{}]'", ""))
                            .as("%s in %s: write an apostrophe as ''", key, file.getFileName())
                            .doesNotContain("'");
                }
            }
        }
    }

    /**
     * A value written as an option ({@code maxJobs: {0}}) is one a user copies into a Pipeline: {@code MessageFormat}
     * groups a number's digits ({@code 10,000}), which Groovy reads as two arguments. Such a number is
     * {@code {0,number,#}}.
     */
    static List<String> groupedOptionValues(Properties messages) {
        List<String> found = new ArrayList<>();
        Pattern option = Pattern.compile("\\b[a-z]+[A-Z]\\w*: \\{\\d+\\}");
        for (String key : new TreeSet<>(messages.stringPropertyNames())) {
            Matcher m = option.matcher(messages.getProperty(key));
            while (m.find()) {
                found.add(key + ": " + m.group());
            }
        }
        return found;
    }

    @Test
    void aNumberWrittenAsAnOptionIsNotGrouped() throws IOException {
        for (Path bundle : bundles()) {
            for (Path file : List.of(bundle, bundle.resolveSibling("Messages_zh_CN.properties"))) {
                assertThat(groupedOptionValues(load(file))).as(name(file)).isEmpty();
            }
        }
        Properties grouped = new Properties();
        grouped.setProperty("Log.x", "it needs maxJobs: {0}.");
        assertThat(groupedOptionValues(grouped)).containsExactly("Log.x: maxJobs: {0}");
    }

    private static void sameKeysAndPlaceholdersInChinese(Properties en, Properties zh) {
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
        Properties credentials = load(PACKAGE.resolve("credentials/Messages.properties"));
        for (CodeArtsValidationException.Problem p : CodeArtsValidationException.Problem.values()) {
            String key = "ClientProblem." + p.name();
            // the access key's own problems are worded by the credential type (its lookup and its form), the only
            // callers of AccessKey.of;
            // every other problem by OutcomeWords.describe, from the root bundle
            Properties bundle = KEY_PROBLEMS.contains(p) ? credentials : en;
            assertThat(bundle).containsKey(key);
            // a problem's arguments are positional: its message uses {0} to {n-1}, none skipped (a {5} for a {1}
            // would show as text); the client no longer has an English pattern to compare with
            Set<Integer> used = placeholders(bundle.getProperty(key));
            assertThat(used).as("placeholders of %s", key).containsExactlyElementsOf(range(used.size()));
        }
        // OutcomeWords.api and .transport pass 7 and 5 arguments: a message may skip some, never go past them
        for (String key : en.stringPropertyNames()) {
            int arity = key.startsWith("ApiFailure.") ? 7 : key.startsWith("TransportFailure.") ? 5 : Integer.MAX_VALUE;
            assertThat(placeholders(en.getProperty(key)))
                    .as("placeholders of %s", key)
                    .allMatch(i -> i < arity);
        }
        for (ErrorHint h : ErrorHint.values()) {
            assertThat(en).containsKey("ErrorHint." + h.name());
        }
        for (CodeArtsApiException.Failure f : CodeArtsApiException.Failure.values()) {
            assertThat(en).containsKey("ApiFailure." + f.name());
        }
        for (Status.Delete st : Status.Delete.values()) {
            assertThat(en).containsKey("JobStatus." + st.name());
        }
        for (CodeArtsTransportException.Kind k : CodeArtsTransportException.Kind.values()) {
            assertThat(en).containsKey("TransportFailure." + k.name());
        }
    }

    /**
     * The build page words an outcome from the code the build record stores, a string, so the compiler cannot see a
     * status that {@code SummaryWords} forgot: it would show as "unknown". Every status has its word and its case.
     */
    @Test
    void everyStatusHasItsWordOnTheBuildPage() throws IOException {
        Properties summary = load(PACKAGE.resolve("summary/Messages.properties"));
        String words = Files.readString(SOURCES.resolve("summary/SummaryWords.java"));
        List<Enum<?>> statuses = new ArrayList<>(List.of(Status.Delete.values()));
        statuses.addAll(List.of(Status.Restore.values()));
        statuses.addAll(List.of(Status.Purge.values()));
        for (Enum<?> st : statuses) {
            assertThat(summary).as("summary word of %s", st).containsKey("Summary." + st.name());
            if (!st.name().equals("UNKNOWN")) { // the switch's default
                assertThat(words).as("SummaryWords case of %s", st).contains("case \"" + st.name() + "\" ->");
            }
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
        for (String key : allMessages().stringPropertyNames()) {
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
    void everyJellyLabelHasAChineseEntryUnderTheKeyStaplerLooksUp() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path jelly : files(".jelly")) {
            Map<String, String> zh = staplerBundle(bundleBeside(jelly, "_zh_CN"));
            for (Label label : labels(jelly)) {
                String value = zh.get(label.key());
                if (value == null || value.isEmpty()) {
                    missing.add(name(jelly) + ": key \"" + label.key() + "\" of ${" + label.expression() + "}");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noJellyLabelHasArguments() throws IOException {
        List<String> withArguments = new ArrayList<>();
        for (Path jelly : files(".jelly")) {
            for (Label label : labels(jelly)) {
                if (label.hasArguments()) {
                    withArguments.add(name(jelly) + ": ${" + label.expression() + "} is looked up as \"" + label.key()
                            + "\" with arguments; keep '(' out of labels (\"in seconds\") or outside the ${%…}");
                }
            }
        }
        assertThat(withArguments).isEmpty();
    }

    @Test
    void everyChineseLabelBelongsToItsView() throws IOException {
        for (Path jelly : files(".jelly")) {
            Path zhFile = bundleBeside(jelly, "_zh_CN");
            if (Files.exists(zhFile)) {
                Set<String> used = labels(jelly).stream().map(Label::key).collect(Collectors.toSet());
                assertThat(staplerBundle(zhFile).keySet())
                        .as("keys of %s that its view never looks up", zhFile)
                        .isSubsetOf(used);
            }
        }
    }

    @Test
    void labelsAreReadAsJellyAndStaplerReadThem() {
        assertThat(labelsIn("${%Connect timeout (seconds)}"))
                .containsExactly(new Label("%Connect timeout (seconds)", "Connect timeout ", true));
        assertThat(labelsIn("${% Job ID }")).containsExactly(new Label("% Job ID ", " Job ID ", false));
        assertThat(labelsIn("Region: ${%Region}, ${x ? '%Yes' : \"%No\"} $${%Not a label}"))
                .extracting(Label::key)
                .containsExactly("Region", "Yes", "No");
        assertThat(labelsIn("${it.name}")).isEmpty();
    }

    /**
     * A {@code ${%…}} label as Stapler reads it ({@code InternationalizedStringExpression}): the key is the text
     * after {@code %} up to the first {@code (}, white space kept; what follows the {@code (} is parsed as argument
     * expressions.
     */
    record Label(String expression, String key, boolean hasArguments) {
        static Label of(String expression) {
            String text = expression.substring(1);
            int paren = text.indexOf('(');
            return paren < 0
                    ? new Label(expression, text, false)
                    : new Label(expression, text.substring(0, paren), true);
        }
    }

    /**
     * The labels of a view. Jelly parses every attribute value and every run of text (XML-decoded, comments left out)
     * for expressions; Stapler's {@code CustomJellyContext} makes an expression starting with {@code %} a label, and
     * so is a {@code '%…'} or {@code "%…"} string literal inside another expression.
     */
    static List<Label> labels(Path jelly) throws IOException {
        List<Label> labels = new ArrayList<>();
        for (String text : texts(jelly)) {
            labels.addAll(labelsIn(text));
        }
        return labels;
    }

    /** Every attribute value and every run of text of a view (XML-decoded, comments left out), as Jelly parses them. */
    static List<String> texts(Path jelly) throws IOException {
        List<String> texts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        parse(jelly, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                endOfText();
                for (int i = 0; i < attributes.getLength(); i++) {
                    texts.add(attributes.getValue(i));
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                endOfText();
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                run.append(ch, start, length);
            }

            private void endOfText() {
                texts.add(run.toString());
                run.setLength(0);
            }
        });
        return texts;
    }

    static List<Label> labelsIn(String text) {
        List<Label> labels = new ArrayList<>();
        for (String expression : expressions(text)) {
            if (expression.startsWith("%")) {
                labels.add(Label.of(expression));
            } else {
                Matcher literal = RESOURCE_LITERAL.matcher(expression);
                while (literal.find()) {
                    String quoted = literal.group();
                    labels.add(Label.of(quoted.substring(1, quoted.length() - 1)));
                }
            }
        }
        return labels;
    }

    /**
     * The texts of the {@code ${…}} expressions in an attribute value or a run of text, split as commons-jelly's
     * {@code CompositeExpression.parse} splits them: {@code $$} is a literal {@code $}, an expression ends at the
     * first closing brace outside a quoted string, and a backslash does not escape a quote.
     */
    static List<String> expressions(String text) {
        List<String> found = new ArrayList<>();
        int start = text.indexOf("${");
        if (start < 0) {
            return found;
        }
        int end = text.indexOf('}', start + 2);
        assertThat(end).as("missing '}' in %s", text).isPositive();
        if (start == 0 && end == text.length() - 1) {
            found.add(text.substring(2, end));
            return found;
        }
        int len = text.length();
        int cur = 0;
        StringBuilder expr = new StringBuilder();
        main:
        while (cur < len) {
            if (text.charAt(cur) == '$' && cur + 1 < len) {
                cur++;
                if (text.charAt(cur) == '{' && cur + 1 < len) {
                    cur++;
                    while (cur < len) {
                        char c = text.charAt(cur);
                        if (c == '"' || c == '\'') {
                            expr.append(c);
                            cur++;
                            while (cur < len) {
                                char q = text.charAt(cur++);
                                expr.append(q);
                                if (q == c) {
                                    break;
                                }
                            }
                        } else if (c == '}') {
                            found.add(expr.toString());
                            expr.setLength(0);
                            cur++;
                            continue main;
                        } else {
                            expr.append(c);
                            cur++;
                        }
                    }
                }
            }
            cur++;
        }
        return found;
    }

    /** A view's bundle for a locale: {@code config.jelly}, {@code _zh_CN} → {@code config_zh_CN.properties}. */
    static Path bundleBeside(Path jelly, String locale) {
        return jelly.resolveSibling(jelly.getFileName().toString().replace(".jelly", locale + ".properties"));
    }

    /** A properties file read as Stapler's {@code ResourceBundle} reads it (keys unescaped; empty if absent). */
    static Map<String, String> staplerBundle(Path file) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                PropertyResourceBundle bundle = new PropertyResourceBundle(in);
                for (String key : bundle.keySet()) {
                    entries.put(key, bundle.getString(key));
                }
            }
        }
        return entries;
    }

    static void parse(Path xml, DefaultHandler handler) throws IOException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newSAXParser().parse(xml.toFile(), handler);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Cannot parse " + xml + ": " + e.getMessage(), e);
        }
    }

    private static String name(Path file) {
        return PACKAGE.relativize(file).toString();
    }

    private static List<Integer> range(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }
}
