package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Every {@code field="x"} of every form view, the fields of the views it includes counted, is read by a getter of
 * the class the view describes and has a {@code help-x.html} where Jenkins looks for it; no help file is left without
 * its field. Reads the views and the Java sources as text (Jenkins classes cannot be loaded here), so it also runs in
 * the Maven-Central-only build. That each help file has its Chinese twin is {@link LocalizationTest}'s rule.
 */
class ViewsTest {

    private static final Path RESOURCES = Path.of(System.getProperty("codearts.resources.dir", "src/main/resources"));
    private static final Path PACKAGE = RESOURCES.resolve("io/jenkins/plugins/codeartsbuild");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Set<String> FORM_VIEWS = Set.of("config.jelly", "global.jelly", "credentials.jelly");
    private static final String STAPLER_TAGS = "jelly:stapler";
    private static final Pattern NOT_CODE = Pattern.compile(
            "(?s)\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\n])*\"|'(?:\\\\.|[^'\\\\\n])+'|/\\*.*?\\*/|//[^\n]*");
    private static final Pattern TYPE = Pattern.compile("\\b(class|interface|enum|record)\\s+\\w+([^{]*)\\{");
    private static final Pattern GETTER = Pattern.compile("\\b((?:get|is)\\w+)\\s*\\(\\s*\\)");
    private static final Pattern HELP = Pattern.compile("help-(\\w+?)(?:_[a-z]{2}(?:_[A-Z]{2})?)?\\.html");

    /** A form view and the class whose descriptor renders it: the class named by the view's folder. */
    record View(Path file, String className) {
        Path folder() {
            return file.getParent();
        }
    }

    @Test
    void everyFieldHasAGetter() throws IOException {
        List<String> missing = new ArrayList<>();
        for (View view : formViews()) {
            Set<String> getters = getters(view.className());
            for (String field : fields(view.file())) {
                if (!getters.contains(getter("get", field)) && !getters.contains(getter("is", field))) {
                    missing.add(name(view) + ": field \"" + field + "\" has no public " + getter("get", field)
                            + "() (or boolean " + getter("is", field) + "()) in " + view.className()
                            + " or its superclasses in src/main/java");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyFieldHasHelpBesideTheClassThatRendersIt() throws IOException {
        List<String> missing = new ArrayList<>();
        for (View view : formViews()) {
            List<Path> folders = helpFolders(view.className());
            for (String field : fields(view.file())) {
                String help = "help-" + field + ".html";
                if (folders.stream().noneMatch(f -> Files.exists(f.resolve(help)))) {
                    missing.add(
                            name(view) + ": field \"" + field + "\" has no " + help + " in " + name(folders.get(0)));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyHelpFileHasItsField() throws IOException {
        List<String> orphans = new ArrayList<>();
        for (View view : formViews()) {
            Set<String> bound = fields(view.file());
            try (Stream<Path> s = Files.list(view.folder())) {
                for (Path p : s.sorted().toList()) {
                    Matcher m = HELP.matcher(p.getFileName().toString());
                    if (m.matches() && !bound.contains(m.group(1))) {
                        orphans.add(name(p) + " names no field of " + name(view));
                    }
                }
            }
        }
        assertThat(orphans).isEmpty();
    }

    /**
     * A freestyle builder's help speaks of its form: a parameter name such as {@code <code>ignoreMissing</code>} is
     * Pipeline syntax a freestyle user never sees (and help copied from a step says nothing of build variables, which
     * a builder expands). A builder is a view's class with core's {@code Builder} among its superclasses.
     */
    @Test
    void aBuildersHelpNamesNoPipelineParameter() throws IOException {
        List<String> found = new ArrayList<>();
        Set<String> builders =
                JenkinsTrapsTest.Sources.read().descendantsOf("Builder").keySet();
        for (View view : formViews()) {
            if (!builders.contains(view.className().substring(view.className().lastIndexOf('.') + 1))) {
                continue;
            }
            Pattern parameter = Pattern.compile("<code>(" + String.join("|", fields(view.file())) + ")</code>");
            for (Path folder : helpFolders(view.className())) {
                try (Stream<Path> s = Files.list(folder)) {
                    for (Path p : s.filter(f -> f.getFileName().toString().startsWith("help"))
                            .sorted()
                            .toList()) {
                        Matcher m = parameter.matcher(Files.readString(p, StandardCharsets.UTF_8));
                        while (m.find()) {
                            found.add(name(p) + " (shown for " + name(view) + ") names " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theViewsAndTheFieldsTheyIncludeAreFound() throws IOException {
        String builder = "io.jenkins.plugins.codeartsbuild.DeleteBuildJobBuilder";
        assertThat(formViews())
                .extracting(View::className)
                .contains(builder, "io.jenkins.plugins.codeartsbuild.CodeArtsBuildGlobalConfiguration");
        assertThat(fields(PACKAGE.resolve("DeleteBuildJobBuilder/config.jelly")))
                .containsExactly(
                        "jobId",
                        "jobIds",
                        "jobName",
                        "jobNamePattern",
                        "jobNamePrefix",
                        "credentialsId",
                        "region",
                        "ignoreMissing",
                        "dryRun",
                        "notBuiltForDays",
                        "onlyDisabled",
                        "keepNeverBuilt",
                        "purge",
                        "codeArtsProjectId",
                        "maxJobs",
                        "parallelism");
        assertThat(getters(builder))
                .contains("getJobId", "getJobIds", "isIgnoreMissing", "isDryRun", "getMaxJobs", "isPurge");
        assertThat(formViews())
                .extracting(View::className)
                .contains(
                        "io.jenkins.plugins.codeartsbuild.RestoreBuildJobBuilder",
                        "io.jenkins.plugins.codeartsbuild.RestoreBuildJobStep");
    }

    /**
     * JEXL reads a property or calls a method that does not exist as {@code null}, silently: a view that names a
     * getter wrongly renders an empty cell, and no type-check sees it. Every {@code it.x} and {@code it.x(…)} in the
     * views that show an object (not the forms) names a public getter or method of the class the view belongs to.
     * (The check and the trap were found by the summary helper.)
     */
    @Test
    void whatAViewReadsFromItsObjectExists() throws IOException {
        List<String> missing = new ArrayList<>();
        int read = 0;
        for (View view : shownViews()) {
            Set<String> getters = getters(view.className());
            String source = code(Files.readString(sourceOf(view.className()), StandardCharsets.UTF_8));
            for (String text : LocalizationTest.texts(view.file())) {
                for (String expression : LocalizationTest.expressions(text)) {
                    Matcher m = IT_MEMBER.matcher(expression);
                    while (m.find()) {
                        read++;
                        if (!readable(m.group(1), m.group(2) != null, getters, source)) {
                            missing.add(name(view) + ": ${" + expression + "} reads " + m.group() + ", which "
                                    + view.className() + " does not have");
                        }
                    }
                }
            }
        }
        assertThat(read).as("members read by the views").isGreaterThan(10);
        assertThat(missing).isEmpty();
    }

    @Test
    void theReadCheckWouldCatchAWrongName() {
        String source = "class A { public String getTitle() { return t; } public int rows(String p) { return 1; } }";
        assertThat(readable("title", false, Set.of("getTitle"), source)).isTrue();
        assertThat(readable("rows", true, Set.of("getTitle"), source)).isTrue();
        assertThat(readable("titel", false, Set.of("getTitle"), source)).isFalse();
        assertThat(readable("row", true, Set.of("getTitle"), source)).isFalse();
    }

    private static final Pattern IT_MEMBER = Pattern.compile("(?<![\\w.])it\\.(\\w+)(\\s*\\()?");

    private static boolean readable(String member, boolean call, Set<String> getters, String source) {
        if (call) {
            return Pattern.compile("\\bpublic\\s+[\\w<>\\[\\]?, ]+\\s+" + member + "\\s*\\(")
                    .matcher(source)
                    .find();
        }
        return getters.contains(getter("get", member)) || getters.contains(getter("is", member));
    }

    /** The views of the plugin that are not forms, with the class each belongs to. */
    static List<View> shownViews() throws IOException {
        try (Stream<Path> s = Files.walk(PACKAGE)) {
            return s.filter(p -> p.toString().endsWith(".jelly")
                            && !FORM_VIEWS.contains(p.getFileName().toString()))
                    .sorted()
                    .map(p -> new View(p, className(p.getParent())))
                    .filter(v -> Files.exists(sourceOf(v.className())))
                    .toList();
        }
    }

    @Test
    void gettersAreReadFromTheTopLevelTypeOnly() {
        String source = """
                package x;
                // public String getCommented() {
                public class A extends B implements C<D> {
                    private final String s = "public String getQuoted()";
                    private final String t = getCalled();
                    public String getName() { return "n"; }
                    @CheckForNull
                    public Secret getSecret() { return null; }
                    public boolean isOn() { return true; }
                    public String isText() { return ""; }
                    String getPackagePrivate() { return ""; }
                    public static final class DescriptorImpl {
                        public String getDisplayName() { return ""; }
                    }
                }
                """;
        assertThat(declaredGetters(source)).containsExactlyInAnyOrder("getName", "getSecret", "isOn");
        assertThat(supertypes(source)).containsExactly("B", "C");
    }

    /** Every config.jelly, global.jelly and credentials.jelly of the plugin, with the class it belongs to. */
    static List<View> formViews() throws IOException {
        try (Stream<Path> s = Files.walk(PACKAGE)) {
            return s.filter(p -> FORM_VIEWS.contains(p.getFileName().toString()))
                    .sorted()
                    .map(p -> new View(p, className(p.getParent())))
                    .toList();
        }
    }

    /**
     * The fields bound in a view and in the views it pulls in with {@code <st:include page="…" class="…"/>}, when that
     * class's resources are ours. Includes of another plugin's views (such as {@code id-and-description} with a
     * computed class) are left out: their fields are that plugin's business.
     */
    static Set<String> fields(Path view) throws IOException {
        Set<String> bound = new LinkedHashSet<>();
        List<Path> includes = new ArrayList<>();
        LocalizationTest.parse(view, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String field = attributes.getValue("", "field");
                if (field != null && !field.contains("${")) {
                    bound.add(field);
                }
                if (STAPLER_TAGS.equals(uri) && "include".equals(localName)) {
                    String clazz = includedClass(view, attributes.getValue("", "class"));
                    String page = attributes.getValue("", "page");
                    if (page != null && !page.contains("${") && (clazz == null || !clazz.contains("${"))) {
                        Path folder = clazz == null ? view.getParent() : RESOURCES.resolve(clazz.replace('.', '/'));
                        includes.add(folder.resolve(page.endsWith(".jelly") ? page : page + ".jelly"));
                    }
                }
            }
        });
        for (Path included : includes) {
            if (Files.exists(included)) {
                bound.addAll(fields(included));
            } else {
                assertThat(sourceOf(className(included.getParent())))
                        .as("%s includes %s, which does not exist", view, included)
                        .doesNotExist();
            }
        }
        return bound;
    }

    private static final Pattern DESCRIPTOR_PROPERTY = Pattern.compile("\\$\\{descriptor\\.(\\w+)}");

    /**
     * The class an include names: as written, or, for {@code ${descriptor.x}}, the class that the descriptor's
     * {@code getX()} returns ({@code return Y.class;} in the source of the view's class); anything else as written.
     */
    static String includedClass(Path view, String clazz) {
        Matcher m = clazz == null ? null : DESCRIPTOR_PROPERTY.matcher(clazz);
        if (m == null || !m.matches()) {
            return clazz;
        }
        String owner = className(view.getParent());
        try {
            String source = Files.readString(sourceOf(owner), StandardCharsets.UTF_8);
            Matcher getter = Pattern.compile(
                            "\\b" + getter("get", m.group(1)) + "\\(\\)\\s*\\{\\s*return\\s+(\\w+)\\.class;")
                    .matcher(source);
            return getter.find() ? resolve(getter.group(1), owner, source) : clazz;
        } catch (IOException e) {
            return clazz;
        }
    }

    /** The public getters of a class and of its supertypes whose sources are in src/main/java. */
    static Set<String> getters(String className) throws IOException {
        Path source = sourceOf(className);
        assertThat(source).as("the source of %s", className).exists();
        String text = Files.readString(source, StandardCharsets.UTF_8);
        Set<String> getters = new TreeSet<>(declaredGetters(text));
        for (String supertype : supertypes(text)) {
            String resolved = resolve(supertype, className, text);
            if (Files.exists(sourceOf(resolved))) {
                getters.addAll(getters(resolved));
            }
        }
        return getters;
    }

    /** Where Jenkins looks for a field's help: the class's resource folder, then its superclasses' that are ours. */
    static List<Path> helpFolders(String className) throws IOException {
        assertThat(sourceOf(className)).as("the source of %s", className).exists();
        List<Path> folders = new ArrayList<>();
        for (String c = className; c != null && Files.exists(sourceOf(c)); ) {
            folders.add(RESOURCES.resolve(c.replace('.', '/')));
            String text = Files.readString(sourceOf(c), StandardCharsets.UTF_8);
            Matcher m = TYPE.matcher(code(text));
            String superclass = m.find() && m.group(1).equals("class") ? superclass(m.group(2)) : null;
            c = superclass == null ? null : resolve(superclass, c, text);
        }
        return folders;
    }

    /**
     * The no-argument {@code get…()} and boolean {@code is…()} methods declared in the body of the first top-level
     * type of a source (public ones; any in an interface), not those of nested types.
     */
    static Set<String> declaredGetters(String source) {
        String code = code(source);
        Matcher type = TYPE.matcher(code);
        if (!type.find()) {
            return Set.of();
        }
        boolean isInterface = type.group(1).equals("interface");
        Set<String> getters = new TreeSet<>();
        Matcher m = GETTER.matcher(code);
        while (m.find()) {
            if (m.start() < type.end() || depth(code, m.start()) != 1) {
                continue;
            }
            int from = Math.max(
                    code.lastIndexOf(';', m.start()),
                    Math.max(code.lastIndexOf('{', m.start()), code.lastIndexOf('}', m.start())));
            String declaration = code.substring(from + 1, m.start())
                    .replaceAll("@[\\w.]+(\\([^)]*\\))?", " ")
                    .trim();
            List<String> words = List.of(declaration.split("\\s+"));
            if (declaration.isEmpty() || declaration.contains("=") || words.contains("private")) {
                continue; // a call in an initializer, or a private method
            }
            boolean visible = isInterface || words.contains("public");
            boolean booleanIfIs =
                    !m.group(1).startsWith("is") || words.get(words.size() - 1).equals("boolean");
            if (visible && booleanIfIs && !words.contains("static")) {
                getters.add(m.group(1));
            }
        }
        return getters;
    }

    /** The simple or qualified names after {@code extends} and {@code implements} of the first top-level type. */
    static List<String> supertypes(String source) {
        Matcher type = TYPE.matcher(code(source));
        if (!type.find()) {
            return List.of();
        }
        String header = withoutTypeArguments(type.group(2));
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\b(?:extends|implements)\\s+([\\w.\\s,]+?)(?=\\s*(?:\\bimplements\\b|$))")
                .matcher(header.trim());
        while (m.find()) {
            for (String name : m.group(1).split(",")) {
                names.add(name.trim());
            }
        }
        return names;
    }

    private static String superclass(String header) {
        Matcher m = Pattern.compile("\\bextends\\s+([\\w.]+)").matcher(withoutTypeArguments(header));
        return m.find() ? m.group(1) : null;
    }

    private static String withoutTypeArguments(String header) {
        String previous;
        String text = header;
        do {
            previous = text;
            text = text.replaceAll("<[^<>]*>", "");
        } while (!text.equals(previous));
        return text;
    }

    /** A simple type name as the source sees it: imported, or in the same package. */
    private static String resolve(String name, String fromClass, String source) {
        if (name.contains(".")) {
            return name;
        }
        Matcher imported =
                Pattern.compile("(?m)^import\\s+([\\w.]+\\." + name + ")\\s*;").matcher(source);
        if (imported.find()) {
            return imported.group(1);
        }
        return fromClass.substring(0, fromClass.lastIndexOf('.') + 1) + name;
    }

    private static String code(String source) {
        return NOT_CODE.matcher(source).replaceAll(" ");
    }

    private static int depth(String code, int end) {
        int depth = 0;
        for (int i = 0; i < end; i++) {
            char c = code.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        }
        return depth;
    }

    private static String getter(String prefix, String field) {
        return prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static String className(Path folder) {
        return RESOURCES
                .relativize(folder)
                .toString()
                .replace(folder.getFileSystem().getSeparator(), ".");
    }

    private static Path sourceOf(String className) {
        return JAVA.resolve(className.replace('.', '/') + ".java");
    }

    private static String name(View view) {
        return name(view.file());
    }

    private static String name(Path file) {
        return PACKAGE.relativize(file).toString();
    }
}
