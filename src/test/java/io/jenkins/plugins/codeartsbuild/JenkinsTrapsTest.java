package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Behaviours of the real Jenkins that a type-check cannot see and that have broken this plugin, checked over the
 * sources and views as text (Jenkins classes cannot be loaded here), so that they run in the Maven-Central-only build.
 * Each rule says which trap it guards against; {@code ../shared/docs/jenkins-conventions.md} tells the traps.
 */
class JenkinsTrapsTest {

    private static final Path RESOURCES = Path.of(System.getProperty("codearts.resources.dir", "src/main/resources"));
    private static final Path JAVA = Path.of("src/main/java/io/jenkins/plugins/codeartsbuild");
    private static final Pattern CONSTRUCTOR =
            Pattern.compile("@DataBoundConstructor\\s+public\\s+(\\w+)\\s*\\(([^)]*)\\)");
    private static final Pattern STEP_OR_BUILDER =
            Pattern.compile("\\bclass\\s+(\\w+)\\s+extends\\s+(CodeArtsStep|CodeArtsBuilder|Step|Builder)\\b");
    private static final Pattern FIELD = Pattern.compile(
            "(?m)^    private\\s+(?!static)((?:final\\s+|transient\\s+|volatile\\s+)*)([\\w<>, ]+?)\\s+(\\w+)\\s*(=[^;]*)?;");
    private static final Set<String> STORABLE = Set.of("String", "boolean", "int", "Integer", "List<String>");

    /**
     * Declarative Pipeline makes every {@code @DataBoundConstructor} parameter required (structs:
     * {@code isRequired() == (setter == null)}) and refuses a {@code steps { }} call that omits one at compile time. The
     * selectors of this plugin's steps are alternatives, and a freestyle builder shares its step's form, so every step
     * and builder takes its options through setters.
     */
    @Test
    void stepsAndBuildersHaveNoConstructorParameters() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            if (!STEP_OR_BUILDER.matcher(text).find() || text.contains("public abstract class")) {
                continue;
            }
            Matcher c = CONSTRUCTOR.matcher(text);
            assertThat(c.find()).as("%s has a @DataBoundConstructor", source).isTrue();
            if (!c.group(2).isBlank()) {
                found.add(source.getFileName() + ": @DataBoundConstructor("
                        + c.group(2).strip() + ")");
            }
        }
        assertThat(found).as("constructor parameters of steps and builders").isEmpty();
    }

    /**
     * {@code <st:include class="a.b.C">}: Jelly converts the text to a class with the request thread's context class
     * loader, the web application's, which cannot see plugin classes: the form fails in a real Jenkins (JenkinsRule
     * runs the web application on the test class path and hides it). A class must come from an expression.
     */
    @Test
    void noViewNamesAClassAsText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path view : views()) {
            LocalizationTest.parse(view, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String clazz = attributes.getValue("", "class");
                    if ("jelly:stapler".equals(uri)
                            && clazz != null
                            && !clazz.strip().startsWith("${")) {
                        found.add(RESOURCES.relativize(view) + ": <st:" + localName + " class=\"" + clazz + "\">");
                    }
                }
            });
        }
        assertThat(found).isEmpty();
    }

    /**
     * XStream creates a stored builder without its constructor or field initialisers, so every field it does not find
     * in {@code config.xml} is null or 0, and a nested object makes its private fields the stored schema. Builders keep
     * plain fields (text, flags, numbers, a list of text), repair what is missing in {@code readResolve()}, and hold
     * lists as {@code ArrayList}: a JDK-internal immutable list is stored with its class name and does not load back.
     */
    @Test
    void buildersStoreFlatFieldsAndRepairThemOnLoad() throws IOException {
        List<String> found = new ArrayList<>();
        int builders = 0;
        for (Path source : sources()) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            Matcher type = STEP_OR_BUILDER.matcher(text);
            if (!type.find() || !type.group(2).endsWith("Builder")) {
                continue;
            }
            builders++;
            String name = source.getFileName().toString();
            Matcher f = FIELD.matcher(text);
            while (f.find()) {
                if (!f.group(1).contains("transient")
                        && !STORABLE.contains(f.group(2).strip())) {
                    found.add(name + ": stored field " + f.group(3) + " of type "
                            + f.group(2).strip());
                }
            }
            if (text.contains("public abstract class")) {
                continue; // the base: its subclasses repair
            }
            if (!text.contains("protected Object readResolve()")) {
                found.add(name + ": no readResolve()");
            }
            for (String immutable : new String[] {"List.copyOf(", "List.of(", "Collections.unmodifiable"}) {
                if (text.contains(immutable)) {
                    found.add(name + ": " + immutable + " (an immutable JDK list does not load back)");
                }
            }
        }
        assertThat(builders).isGreaterThanOrEqualTo(2);
        assertThat(found).isEmpty();
    }

    /**
     * {@code SynchronousNonBlockingStepExecution.stop} ends the step at once, so what the interrupted work logs on its
     * way out (the batch's abort report) may come after the build ended. Steps use {@link ReportingStepExecution}.
     */
    @Test
    void stepsReportBeforeTheyEndWhenStopped() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            if (text.contains("extends SynchronousNonBlockingStepExecution")
                    || text.contains("extends SynchronousStepExecution")) {
                found.add(source.getFileName().toString());
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.list(JAVA)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> s = Files.walk(RESOURCES)) {
            return s.filter(p -> p.toString().endsWith(".jelly")).sorted().toList();
        }
    }
}
