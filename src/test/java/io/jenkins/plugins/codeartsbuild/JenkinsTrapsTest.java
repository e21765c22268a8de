package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Behaviours of the real Jenkins that a type-check cannot see and that have broken this plugin, checked over the
 * sources and views as text (Jenkins classes cannot be loaded here), so that they run in the Maven-Central-only build.
 * Each rule says which trap it guards against ({@code ../shared/docs/jenkins-conventions.md} tells the traps), and each
 * has a twin test that applies a mutation to a copy of the real sources and sees the rule fail: a rule that passes
 * on everything guards nothing (the first version of the constructor rule only saw classes extending {@code Step} or
 * {@code Builder} directly, and so never looked at four of the five steps and builders).
 */
class JenkinsTrapsTest {

    private static final Path RESOURCES = Path.of(System.getProperty("codearts.resources.dir", "src/main/resources"));
    static final Path JAVA = Path.of("src/main/java/io/jenkins/plugins/codeartsbuild");
    private static final Pattern CLASS = Pattern.compile(
            "\\b((?:(?:public|protected|private|static|abstract|final)\\s+)*)class\\s+(\\w+)(?:<[^>{]*>)?\\s+extends\\s+([\\w.]+)");
    private static final Pattern FIELD = Pattern.compile(
            "(?m)^    private\\s+(?!static)((?:final\\s+|transient\\s+|volatile\\s+)*)([\\w<>, .?\\[\\]]+?)\\s+(\\w+)\\s*(=[^;]*)?;");
    private static final Pattern PRIMITIVE_SETTER = Pattern.compile(
            "@DataBoundSetter\\s+public\\s+void\\s+(\\w+)\\s*\\(\\s*(?:final\\s+)?(?:@[\\w.]+\\s+)*(boolean|int|long|short|byte|char|float|double)\\s");
    private static final Pattern SYNCHRONIZED = Pattern.compile("synchronized\\s*\\(\\s*([\\w.()]+?)\\s*\\)");
    private static final Pattern RUN_VARIABLE =
            Pattern.compile("\\b(?:Run|WorkflowRun|AbstractBuild|FreeStyleBuild)(?:<[^>]*>)?\\s+(\\w+)\\s*[,;=)]");
    private static final Set<String> STORABLE = Set.of("String", "boolean", "int", "Integer", "List<String>");
    /** The steps and builders there are: a scan that misses one fails here, before its rules can miss it. */
    private static final Set<String> KNOWN = Set.of(
            "DeleteBuildJobStep",
            "RestoreBuildJobStep",
            "FindBuildJobsStep",
            "DeleteBuildJobBuilder",
            "RestoreBuildJobBuilder");

    /** The Jenkins layer's sources as text, by file name, and what each class extends. */
    record Sources(Map<String, String> files) {

        static Sources read() throws IOException {
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> s = Files.walk(JAVA)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String relative = JAVA.relativize(p).toString().replace('\\', '/');
                    if (!relative.startsWith("client/")) {
                        files.put(relative, Files.readString(p, StandardCharsets.UTF_8));
                    }
                }
            }
            files.put("client/http/Fanout.java", Files.readString(JAVA.resolve("client/http/Fanout.java")));
            return new Sources(files);
        }

        /** A copy with {@code from} replaced by {@code to} in {@code file}; the text must be there. */
        Sources with(String file, String from, String to) {
            String text = files.get(file);
            assertThat(text).as(file).contains(from);
            Map<String, String> copy = new TreeMap<>(files);
            copy.put(file, text.replace(from, to));
            return new Sources(copy);
        }

        /** Each class declared (nested ones too): its superclass, and whether it is abstract; by simple name. */
        Map<String, String[]> classes() {
            Map<String, String[]> all = new HashMap<>();
            files.forEach((file, text) -> {
                Matcher m = CLASS.matcher(text);
                while (m.find()) {
                    String parent = m.group(3).substring(m.group(3).lastIndexOf('.') + 1);
                    all.put(m.group(2), new String[] {parent, m.group(1).contains("abstract") ? "abstract" : "", file});
                }
            });
            return all;
        }

        /** The classes whose chain of superclasses reaches {@code root}, whatever their own base class. */
        Map<String, String[]> descendantsOf(String root) {
            Map<String, String[]> all = classes();
            Map<String, String[]> found = new TreeMap<>();
            for (Map.Entry<String, String[]> c : all.entrySet()) {
                String parent = c.getValue()[0];
                for (int depth = 0; parent != null && depth < 20; depth++) {
                    if (parent.equals(root)) {
                        found.put(c.getKey(), c.getValue());
                        break;
                    }
                    parent = all.containsKey(parent) ? all.get(parent)[0] : null;
                }
            }
            return found;
        }

        Map<String, String[]> stepsAndBuilders() {
            Map<String, String[]> both = new TreeMap<>(descendantsOf("Step"));
            both.putAll(descendantsOf("Builder"));
            return both;
        }

        Map<String, String[]> concreteStepsAndBuilders() {
            Map<String, String[]> concrete = new TreeMap<>(stepsAndBuilders());
            concrete.values().removeIf(c -> c[1].equals("abstract"));
            return concrete;
        }
    }

    @Test
    void theScanReachesEveryStepAndBuilderWhateverItsBaseClass() throws IOException {
        Sources sources = Sources.read();

        assertThat(sources.concreteStepsAndBuilders()).containsOnlyKeys(KNOWN);
        // every class that registers a step or build step descriptor is one of them
        for (Map.Entry<String, String> f : sources.files().entrySet()) {
            if (f.getValue()
                    .matches("(?s).*class DescriptorImpl extends [\\w.]*(StepDescriptor|BuilderDescriptor)\\b.*")) {
                String name = Path.of(f.getKey()).getFileName().toString().replace(".java", "");
                assertThat(KNOWN).as("%s registers a step or builder", name).contains(name);
            }
        }
    }

    /**
     * Declarative Pipeline makes every {@code @DataBoundConstructor} parameter required (structs:
     * {@code isRequired() == (setter == null)}) and refuses a {@code steps { }} call that omits one at compile time. The
     * selectors of this plugin's steps are alternatives, and a freestyle builder shares its step's form, so every step
     * and builder takes its options through setters.
     */
    static List<String> constructorParameters(Sources sources) {
        List<String> found = new ArrayList<>();
        sources.concreteStepsAndBuilders().forEach((name, c) -> {
            Matcher m = Pattern.compile("@DataBoundConstructor\\s+public\\s+" + name + "\\s*\\(([^)]*)\\)")
                    .matcher(sources.files().get(c[2]));
            if (!m.find()) {
                found.add(name + ": no public @DataBoundConstructor");
            } else if (!m.group(1).isBlank()) {
                found.add(name + ": @DataBoundConstructor(" + m.group(1).strip() + ")");
            }
        });
        return found;
    }

    @Test
    void stepsAndBuildersHaveNoConstructorParameters() throws IOException {
        assertThat(constructorParameters(Sources.read())).isEmpty();
    }

    @Test
    void theConstructorRuleFailsOnAParameterWhateverTheBaseClass() throws IOException {
        Sources real = Sources.read();

        assertThat(constructorParameters(real.with(
                        "DeleteBuildJobStep.java",
                        "public DeleteBuildJobStep() {}",
                        "public DeleteBuildJobStep(String jobId) {}")))
                .containsExactly("DeleteBuildJobStep: @DataBoundConstructor(String jobId)");
        assertThat(constructorParameters(real.with(
                        "RestoreBuildJobBuilder.java",
                        "public RestoreBuildJobBuilder() {}",
                        "public RestoreBuildJobBuilder(String jobId) {}")))
                .containsExactly("RestoreBuildJobBuilder: @DataBoundConstructor(String jobId)");
    }

    /**
     * {@code <st:include class="a.b.C">}: Jelly converts the text to a class with the request thread's context class
     * loader, the web application's, which cannot see plugin classes: the form fails in a real Jenkins (JenkinsRule
     * runs the web application on the test class path and hides it). A class must come from an expression.
     */
    static List<String> classesAsText(Map<Path, String> views) throws IOException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<Path, String> view : views.entrySet()) {
            Path copy = Files.createTempFile("view", ".jelly");
            try {
                Files.writeString(copy, view.getValue());
                LocalizationTest.parse(copy, new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes attributes) {
                        String clazz = attributes.getValue("", "class");
                        if ("jelly:stapler".equals(uri)
                                && clazz != null
                                && !clazz.strip().startsWith("${")) {
                            found.add(view.getKey() + ": <st:" + localName + " class=\"" + clazz + "\">");
                        }
                    }
                });
            } finally {
                Files.delete(copy);
            }
        }
        return found;
    }

    @Test
    void noViewNamesAClassAsText() throws IOException {
        assertThat(classesAsText(views())).isEmpty();
    }

    @Test
    void theViewRuleFailsOnAClassNamedAsText() throws IOException {
        Map<Path, String> views = views();
        Path config = RESOURCES.resolve("io/jenkins/plugins/codeartsbuild/DeleteBuildJobBuilder/config.jelly");
        String text = views.get(config);
        assertThat(text).contains("class=\"${");
        views.put(
                config,
                text.replaceFirst(
                        "class=\"\\$\\{[^}]*}\"", "class=\"io.jenkins.plugins.codeartsbuild.DeleteBuildJobStep\""));

        assertThat(classesAsText(views)).hasSize(1);
    }

    /**
     * A credentials id may name a credentials parameter ({@code ${NAME}}), which the credentials lookup resolves with
     * the starting user's rights; the credentials plugin's {@code c:select} lets a user type one only with
     * {@code expressionAllowed} (credentials {@code lib/credentials/select.jelly}): without it the help's advice cannot
     * be followed in the form. The global default is no build's parameter, so its select needs none.
     */
    static List<String> selectsWithoutExpressions(Map<Path, String> views) {
        List<String> found = new ArrayList<>();
        Pattern select = Pattern.compile("<c:select\\b[^>]*>");
        views.forEach((view, text) -> {
            if (view.toString().contains("GlobalConfiguration")) {
                return;
            }
            Matcher m = select.matcher(text);
            while (m.find()) {
                if (!m.group().contains("expressionAllowed=\"true\"")) {
                    found.add(RESOURCES.relativize(view) + ": " + m.group());
                }
            }
        });
        return found;
    }

    @Test
    void credentialsSelectsOfStepsAllowAParameterExpression() throws IOException {
        Map<Path, String> views = views();

        assertThat(views.values().stream().filter(v -> v.contains("<c:select")).count())
                .isGreaterThanOrEqualTo(3);
        assertThat(selectsWithoutExpressions(views)).isEmpty();
    }

    @Test
    void theExpressionRuleFailsOnASelectWithoutIt() throws IOException {
        Map<Path, String> views = views();
        Path config = RESOURCES.resolve("io/jenkins/plugins/codeartsbuild/DeleteBuildJobStep/config.jelly");
        views.put(config, views.get(config).replace(" expressionAllowed=\"true\"", ""));

        assertThat(selectsWithoutExpressions(views)).hasSize(1);
    }

    /**
     * XStream creates a stored builder without its constructor or field initialisers, so every field it does not find
     * in {@code config.xml} is null or 0, and a nested object makes its private fields the stored schema. Builders (and
     * their base classes) keep plain fields (text, flags, numbers, a list of text) with no initializer (a default
     * written there holds for a new builder and silently not for a loaded one: a default belongs in the getter, read
     * for {@code null}), and hold lists as {@code ArrayList}: a JDK-internal immutable list is stored with its class
     * name and does not load back.
     */
    static List<String> storedFieldProblems(Sources sources) {
        List<String> found = new ArrayList<>();
        Map<String, String[]> builders = sources.descendantsOf("Builder");
        builders.forEach((name, c) -> {
            String text = sources.files().get(c[2]);
            Matcher f = FIELD.matcher(text);
            while (f.find()) {
                if (f.group(1).contains("transient")) {
                    continue;
                }
                if (!STORABLE.contains(f.group(2).strip())) {
                    found.add(name + ": stored field " + f.group(3) + " of type "
                            + f.group(2).strip());
                }
                if (f.group(4) != null) {
                    found.add(
                            name + ": stored field " + f.group(3) + " has an initializer, which XStream does not run");
                }
            }
            for (String immutable : new String[] {"List.copyOf(", "List.of(", "Collections.unmodifiable"}) {
                if (text.contains(immutable)) {
                    found.add(name + ": " + immutable + " (an immutable JDK list does not load back)");
                }
            }
        });
        return found;
    }

    @Test
    void buildersStoreFlatFieldsWithoutInitializers() throws IOException {
        Sources sources = Sources.read();

        assertThat(sources.descendantsOf("Builder")).containsKeys("SelectionBuilder");
        assertThat(storedFieldProblems(sources)).isEmpty();
    }

    @Test
    void theStoredFieldRuleFailsOnANestedFieldAnInitializerAndAnImmutableList() throws IOException {
        Sources real = Sources.read();

        assertThat(storedFieldProblems(real.with(
                        "SelectionBuilder.java",
                        "    private String jobName;",
                        "    private String jobName;\n    private java.util.Map<String, String> extra;")))
                .containsExactly("SelectionBuilder: stored field extra of type java.util.Map<String, String>");
        assertThat(storedFieldProblems(real.with(
                        "SelectionBuilder.java",
                        "    private Integer maxJobs;",
                        "    private Integer maxJobs = JobSelection.DEFAULT_MAX_JOBS;")))
                .containsExactly(
                        "SelectionBuilder: stored field maxJobs has an initializer, which XStream does not run");
        assertThat(storedFieldProblems(real.with(
                        "SelectionBuilder.java",
                        "new ArrayList<>(jobIds);\n    }\n\n    /** The ids",
                        "List.copyOf(jobIds);\n    }\n\n    /** The ids")))
                .containsExactly("SelectionBuilder: List.copyOf( (an immutable JDK list does not load back)");
    }

    /**
     * structs lets {@code null} through ({@code maxJobs: params.MAX} with the parameter unset), and a {@code null} for
     * a primitive {@code @DataBoundSetter} fails with a reflection stack trace; a builder is a Pipeline step too,
     * through {@code step(...)}. Every setter of a step or builder takes a boxed type and treats {@code null} as the
     * default.
     */
    static List<String> primitiveSetters(Sources sources) {
        List<String> found = new ArrayList<>();
        sources.stepsAndBuilders().forEach((name, c) -> {
            Matcher m = PRIMITIVE_SETTER.matcher(sources.files().get(c[2]));
            while (m.find()) {
                found.add(name + "." + m.group(1) + "(" + m.group(2) + ")");
            }
        });
        return found;
    }

    @Test
    void stepAndBuilderSettersTakeBoxedTypes() throws IOException {
        Sources sources = Sources.read();

        assertThat(sources.stepsAndBuilders()).containsKeys("SelectionStep", "SelectionBuilder", "FindBuildJobsStep");
        assertThat(primitiveSetters(sources)).isEmpty();
    }

    @Test
    void theSetterRuleFailsOnAPrimitiveSetterInABaseClass() throws IOException {
        Sources real = Sources.read();

        assertThat(primitiveSetters(real.with(
                        "SelectionStep.java",
                        "public void setDryRun(@CheckForNull Boolean dryRun)",
                        "public void setDryRun(boolean dryRun)")))
                .containsExactly("SelectionStep.setDryRun(boolean)");
        assertThat(primitiveSetters(real.with(
                        "FindBuildJobsStep.java",
                        "public void setLimit(@CheckForNull Integer limit)",
                        "public void setLimit(int limit)")))
                .containsExactly("FindBuildJobsStep.setLimit(int)");
    }

    /**
     * {@code SynchronousNonBlockingStepExecution.stop} ends the step at once, so what the interrupted work logs on its
     * way out (the batch's abort report) may come after the build ended. Steps use {@link ReportingStepExecution}.
     */
    static List<String> nonReportingExecutions(Sources sources) {
        List<String> found = new ArrayList<>();
        sources.files().forEach((file, text) -> {
            if (text.contains("extends SynchronousNonBlockingStepExecution")
                    || text.contains("extends SynchronousStepExecution")) {
                found.add(file);
            }
        });
        return found;
    }

    @Test
    void stepsReportBeforeTheyEndWhenStopped() throws IOException {
        assertThat(nonReportingExecutions(Sources.read())).isEmpty();
    }

    @Test
    void theReportingRuleFailsOnTheStockExecution() throws IOException {
        assertThat(nonReportingExecutions(Sources.read()
                        .with(
                                "ReportingStepExecution.java",
                                "extends StepExecution {",
                                "extends SynchronousNonBlockingStepExecution<T> {")))
                .containsExactly("ReportingStepExecution.java");
    }

    /**
     * A run's own monitor is not ours to take: WorkflowRun requires its metadata guard to be taken before it, and every
     * {@code save()} waits on it, so a step thread that holds it while a Pipeline saves can deadlock the build.
     * {@code Actionable.addAction} is not synchronized; the plugin numbers and adds its actions under a lock of its own.
     */
    static List<String> locksOnARun(Sources sources) {
        List<String> found = new ArrayList<>();
        sources.files().forEach((file, text) -> {
            Set<String> runs = new TreeSet<>(Set.of("getRun()", "getOwner()", "getBuild()"));
            Matcher v = RUN_VARIABLE.matcher(text);
            while (v.find()) {
                runs.add(v.group(1));
            }
            Matcher s = SYNCHRONIZED.matcher(text);
            while (s.find()) {
                String on = s.group(1);
                String last = on.substring(on.lastIndexOf('.') + 1);
                if (runs.contains(on) || runs.contains(last)) {
                    found.add(file + ": synchronized (" + on + ")");
                }
            }
        });
        return found;
    }

    @Test
    void nothingLocksARun() throws IOException {
        assertThat(locksOnARun(Sources.read())).isEmpty();
    }

    @Test
    void theLockRuleFailsOnSynchronizingOnARun() throws IOException {
        Sources real = Sources.read();
        String text = real.files().get("summary/CleanupSummaryAction.java");
        Matcher lock = SYNCHRONIZED.matcher(text);
        assertThat(lock.find()).as("the summary takes a lock of its own").isTrue();

        assertThat(locksOnARun(real.with("summary/CleanupSummaryAction.java", lock.group(), "synchronized (run)")))
                .contains("summary/CleanupSummaryAction.java: synchronized (run)");
    }

    /**
     * {@code jenkins.util.Timer} has ten threads for short tasks, and they also run the aborts of every Pipeline build
     * (WorkflowRun); at shutdown it drops what is queued. Work that blocks (a step's calls, a summary's writes, which
     * wait on a lock) goes to {@code Computer.threadPoolForRemoting}; the Timer only schedules short callbacks. It is
     * caught submitted to ({@code Timer.get().submit(}) and handed on as a pool: a {@code ScheduledExecutorService} is
     * an {@code ExecutorService}, so swapping the two arguments of {@code BackgroundCall.start} compiles; the Timer goes
     * last there, as the grace timer, and anywhere else before a comma it is handed on as a pool.
     */
    static List<String> blockingWorkOnTheTimer(Sources sources) {
        List<String> found = new ArrayList<>();
        sources.files().forEach((file, text) -> {
            Matcher m = TIMER_WORK.matcher(text);
            while (m.find()) {
                found.add(file + ": " + m.group());
            }
        });
        return found;
    }

    private static final Pattern TIMER_WORK =
            Pattern.compile("Timer\\.get\\(\\)\\s*(\\.\\s*(submit|execute|invokeAll|invokeAny)\\(|,)");

    @Test
    void onlyShortCallbacksRunOnJenkinsTimer() throws IOException {
        assertThat(blockingWorkOnTheTimer(Sources.read())).isEmpty();
    }

    @Test
    void theTimerRuleFailsOnWorkSubmittedToIt() throws IOException {
        Sources real = Sources.read();
        assertThat(blockingWorkOnTheTimer(real.with(
                        "summary/CleanupSummaryAction.java",
                        "Computer.threadPoolForRemoting.submit(",
                        "Timer.get().submit(")))
                .containsExactly("summary/CleanupSummaryAction.java: Timer.get().submit(");
        String pools = "Computer.threadPoolForRemoting,\n                Timer.get());";
        assertThat(blockingWorkOnTheTimer(real.with(
                        "ReportingStepExecution.java",
                        pools,
                        "Timer.get(),\n                Computer.threadPoolForRemoting);")))
                .containsExactly("ReportingStepExecution.java: Timer.get(),");
    }

    /**
     * The Pipeline Syntax Steps Reference (and the steps documentation generated the same way) reads a parameter's help
     * through structs ({@code DescribableParameter.getHelp}: {@code help-<name>.html} in the class's resource folder or
     * a superclass's, structs 362.va_b_695ef4fdf9), never through the descriptor; the freestyle builders are listed
     * there too, under {@code step}. A descriptor that answers help itself ({@code getHelpFile} overridden, or
     * {@code addHelpFileRedirect}) shows on the form a help that the reference lacks. (Found by the review of a builder
     * that fell back to its step's help.)
     */
    static List<String> helpOnlyTheFormFinds(Sources sources) {
        List<String> found = new ArrayList<>();
        sources.files().forEach((file, text) -> {
            Matcher m = HELP_DETOUR.matcher(text);
            while (m.find()) {
                found.add(file + ": " + m.group());
            }
        });
        return found;
    }

    private static final Pattern HELP_DETOUR =
            Pattern.compile("\\bString\\s+getHelpFile\\s*\\(|\\baddHelpFileRedirect\\s*\\(");

    @Test
    void helpIsKeptWhereStructsLooksForIt() throws IOException {
        assertThat(helpOnlyTheFormFinds(Sources.read())).isEmpty();
    }

    @Test
    void theHelpRuleFailsOnADescriptorThatAnswersHelpItself() throws IOException {
        String base =
                "public abstract static class SelectionBuilderDescriptor extends BuildStepDescriptor<Builder> implements StepForms {";
        String detour = base + "\n@Override public String getHelpFile(String field) { return null; }\n"
                + "{ addHelpFileRedirect(\"purge\", DeleteBuildJobStep.class, \"purge\"); }";
        assertThat(helpOnlyTheFormFinds(Sources.read().with("SelectionBuilder.java", base, detour)))
                .containsExactly(
                        "SelectionBuilder.java: String getHelpFile(", "SelectionBuilder.java: addHelpFileRedirect(");
    }

    /**
     * After an abort, a batch waits up to {@code Fanout.STOP_WAIT_SECONDS} for its threads, then logs what was done
     * ("Aborted: …") and attaches its summary; the step waits {@code ReportingStepExecution.GRACE_SECONDS} for that
     * before it ends. The grace must be longer, with room for the report, or the lines come after the build ended.
     */
    static List<String> graceProblems(Sources sources) {
        long grace = constant(sources.files().get("ReportingStepExecution.java"), "GRACE_SECONDS");
        long wait = constant(sources.files().get("client/http/Fanout.java"), "STOP_WAIT_SECONDS");
        return grace >= wait + 2
                ? List.of()
                : List.of("GRACE_SECONDS " + grace + " is not at least 2 s longer than STOP_WAIT_SECONDS " + wait);
    }

    private static long constant(String text, String name) {
        Matcher m = Pattern.compile("static final long " + name + " = (\\d+);").matcher(text);
        assertThat(m.find()).as(name).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aStoppedStepWaitsLongerThanTheBatchWaitsForItsThreads() throws IOException {
        assertThat(graceProblems(Sources.read())).isEmpty();
    }

    @Test
    void theGraceRuleFailsOnAGraceNoLongerThanTheBatchsWait() throws IOException {
        Sources real = Sources.read();
        long wait = constant(real.files().get("client/http/Fanout.java"), "STOP_WAIT_SECONDS");
        String grace = "static final long GRACE_SECONDS = "
                + constant(real.files().get("ReportingStepExecution.java"), "GRACE_SECONDS") + ";";

        assertThat(graceProblems(real.with(
                        "ReportingStepExecution.java", grace, "static final long GRACE_SECONDS = " + wait + ";")))
                .hasSize(1);
    }

    /**
     * A declarative {@code CredentialsBindingHandler} hands {@code withCredentials} maps whose keys structs binds by
     * name to the binding's {@code @DataBoundConstructor} parameters and {@code @DataBoundSetter}s. An unknown key is
     * only a logged warning in production (strict checking is on under JenkinsRule alone), so the variables silently
     * keep their default names: aws-credentials' handler has shipped so since 2018. Each key must be a property of the
     * binding its {@code $class} names, and that binding must exist.
     */
    static List<String> handlerKeyProblems(Sources sources) {
        List<String> found = new ArrayList<>();
        Map<String, String[]> classes = sources.classes();
        Map<String, String[]> handlers = sources.descendantsOf("CredentialsBindingHandler");
        if (handlers.isEmpty()) {
            found.add("no CredentialsBindingHandler found");
        }
        handlers.forEach((name, c) -> {
            String text = sources.files().get(c[2]);
            Matcher put = Pattern.compile("\\.put\\(\\s*\"([^\"]+)\"\\s*,\\s*([^;]+?)\\);")
                    .matcher(text);
            String binding = null;
            List<String> keys = new ArrayList<>();
            while (put.find()) {
                if (put.group(1).equals("$class")) {
                    Matcher m = Pattern.compile("^(\\w+)\\.class\\.getName\\(\\)$")
                            .matcher(put.group(2).strip());
                    binding = m.find() ? m.group(1) : null;
                } else {
                    keys.add(put.group(1));
                }
            }
            if (binding == null || !classes.containsKey(binding)) {
                found.add(name + ": $class is not Binding.class.getName() of a binding of this plugin");
                return;
            }
            Set<String> properties = dataBoundProperties(sources.files().get(classes.get(binding)[2]), binding);
            for (String key : keys) {
                if (!properties.contains(key)) {
                    found.add(name + ": '" + key + "' is not a property of " + binding + " " + properties);
                }
            }
            if (keys.isEmpty()) {
                found.add(name + ": no variable keys found");
            }
        });
        return found;
    }

    /** The names structs binds: the {@code @DataBoundConstructor}'s parameters and the {@code @DataBoundSetter}s. */
    static Set<String> dataBoundProperties(String text, String className) {
        Set<String> names = new TreeSet<>();
        Matcher ctor = Pattern.compile("@DataBoundConstructor\\s+public\\s+" + className + "\\s*\\(([^)]*)\\)")
                .matcher(text);
        if (ctor.find() && !ctor.group(1).isBlank()) {
            for (String parameter : ctor.group(1).split(",")) {
                String[] words = parameter.strip().split("\\s+");
                names.add(words[words.length - 1]);
            }
        }
        Matcher setter = Pattern.compile("@DataBoundSetter\\s+public\\s+void\\s+set(\\w)(\\w*)\\s*\\(")
                .matcher(text);
        while (setter.find()) {
            names.add(setter.group(1).toLowerCase(java.util.Locale.ROOT) + setter.group(2));
        }
        return names;
    }

    /**
     * credentials-binding's defaults that a binding must override: {@code BindingDescriptor.requiresWorkspace()}
     * returns {@code true} (then {@code withCredentials} refuses to run outside {@code node}), and
     * {@code MultiBinding.variables(Run)} throws {@code AbstractMethodError} unless the deprecated {@code variables()}
     * is overridden. Every value goes to the secret map: a public value is neither masked nor sensitive.
     */
    static List<String> bindingProblems(Sources sources) {
        List<String> found = new ArrayList<>();
        Map<String, String[]> bindings = sources.descendantsOf("MultiBinding");
        if (bindings.isEmpty()) {
            found.add("no MultiBinding found");
        }
        bindings.forEach((name, c) -> {
            String text = sources.files().get(c[2]);
            if (!Pattern.compile("@Override\\s+public\\s+boolean\\s+requiresWorkspace\\(\\)\\s*\\{\\s*return\\s+false;")
                    .matcher(text)
                    .find()) {
                found.add(name + ": its descriptor does not override requiresWorkspace() to return false");
            }
            if (!Pattern.compile("@Override\\s+public\\s+Set<String>\\s+variables\\(\\s*(?:@\\w+\\s+)*Run<")
                    .matcher(text)
                    .find()) {
                found.add(name + ": variables(Run) is not overridden");
            }
            Matcher env =
                    Pattern.compile("new\\s+MultiEnvironment\\(([^;]*)\\);").matcher(text);
            boolean any = false;
            while (env.find()) {
                any = true;
                if (env.group(1).contains(",")) {
                    found.add(name + ": a MultiEnvironment with public values: new MultiEnvironment(" + env.group(1)
                            + ")");
                }
            }
            if (!any) {
                found.add(name + ": no MultiEnvironment found");
            }
        });
        return found;
    }

    @Test
    void theDeclarativeHandlerNamesTheBindingsOwnProperties() throws IOException {
        assertThat(handlerKeyProblems(Sources.read())).isEmpty();
    }

    @Test
    void theHandlerRuleFailsOnAKeyTheBindingDoesNotHave() throws IOException {
        Sources real = Sources.read();
        String handler = "credentials/HuaweiCloudAccessKeyBindingHandler.java";

        assertThat(handlerKeyProblems(real.with(handler, "\"accessKeyVariable\"", "\"keyIdVariable\"")))
                .singleElement()
                .asString()
                .contains("'keyIdVariable' is not a property of HuaweiCloudAccessKeyBinding");
        assertThat(handlerKeyProblems(real.with(
                        "credentials/HuaweiCloudAccessKeyBinding.java",
                        "public void setSecretKeyVariable(",
                        "public void setSecretVariable(")))
                .singleElement()
                .asString()
                .contains("'secretKeyVariable' is not a property");
        assertThat(handlerKeyProblems(
                        real.with(handler, "HuaweiCloudAccessKeyBinding.class.getName()", "\"HuaweiCloudAccessKey\"")))
                .hasSize(1);
    }

    @Test
    void bindingsOverrideTheBaseDefaultsAndKeepEveryValueSecret() throws IOException {
        assertThat(bindingProblems(Sources.read())).isEmpty();
    }

    @Test
    void theBindingRuleFailsOnEachMissingOverrideAndOnAPublicValue() throws IOException {
        Sources real = Sources.read();
        String binding = "credentials/HuaweiCloudAccessKeyBinding.java";

        assertThat(bindingProblems(real.with(binding, "public boolean requiresWorkspace()", "public boolean unused()")))
                .singleElement()
                .asString()
                .contains("requiresWorkspace");
        assertThat(bindingProblems(real.with(binding, "return false;\n        }", "return true;\n        }")))
                .singleElement()
                .asString()
                .contains("requiresWorkspace");
        assertThat(bindingProblems(real.with(binding, "public Set<String> variables(", "public Set<String> names(")))
                .singleElement()
                .asString()
                .contains("variables(Run)");
        assertThat(bindingProblems(real.with(
                        binding, "new MultiEnvironment(secretValues)", "new MultiEnvironment(secretValues, Map.of())")))
                .singleElement()
                .asString()
                .contains("public values");
    }

    private static final Pattern NUMBER_CHECK = Pattern.compile(
            "(?:public|default) FormValidation doCheck(\\w+)\\([^)]*\\) \\{\\s+return Forms\\.checkNumber\\(item, \"(\\w+)\", value\\);");

    /**
     * A number field's check names the field it checks ({@code doCheckMaxJobs} checks {@code "maxJobs"}): the name
     * picks its range from {@code Forms.NUMBERS}, so another field's name would check the wrong range, and a misspelt
     * one fails the check. Stapler finds a field's check by the method's name only.
     */
    static List<String> numberCheckProblems(Sources sources) {
        List<String> found = new ArrayList<>();
        int checks = 0;
        for (Map.Entry<String, String> file : sources.files().entrySet()) {
            Matcher m = NUMBER_CHECK.matcher(file.getValue());
            while (m.find()) {
                checks++;
                String field =
                        Character.toLowerCase(m.group(1).charAt(0)) + m.group(1).substring(1);
                if (!field.equals(m.group(2))) {
                    found.add(file.getKey() + ": doCheck" + m.group(1) + " checks " + m.group(2));
                }
            }
        }
        if (checks != 4) {
            found.add(checks + " number checks found, not 4");
        }
        return found;
    }

    @Test
    void everyNumberCheckNamesItsOwnField() throws IOException {
        assertThat(numberCheckProblems(Sources.read())).isEmpty();
    }

    @Test
    void theNumberCheckRuleFailsOnAnotherFieldsName() throws IOException {
        assertThat(numberCheckProblems(Sources.read()
                        .with(
                                "FindBuildJobsStep.java",
                                "Forms.checkNumber(item, \"limit\", value)",
                                "Forms.checkNumber(item, \"maxJobs\", value)")))
                .containsExactly("FindBuildJobsStep.java: doCheckLimit checks maxJobs");
    }

    private static final Pattern LOOKUP =
            Pattern.compile("\\b(includeMatchingAs|includeMatching|listCredentialsInItem|listCredentialsInItemGroup"
                    + "|lookupCredentialsInItem|lookupCredentialsInItemGroup|findCredentialById"
                    + "|inRoot)\\s*\\("); // inRoot: AccessKeyCredentials' own lookup in the root context

    /**
     * A build finds a key only in a credentials domain that covers the URLs it calls, so every lookup of the key (the
     * build's, the connection test's, and the forms' drop-downs and checks) passes those domain requirements: a form
     * that looks up with none offers and accepts a key the build then does not find. The {@code withCredentials}
     * binding is the exception (its key goes to any tool, and credentials-binding looks up without requirements), and
     * no file of it is read here.
     */
    static List<String> lookupsWithoutRequirements(Sources sources) {
        List<String> found = new ArrayList<>();
        int lookups = 0;
        for (Map.Entry<String, String> file : sources.files().entrySet()) {
            if (file.getKey().contains("Binding")) {
                continue;
            }
            Matcher m = LOOKUP.matcher(file.getValue());
            while (m.find()) {
                lookups++;
                String args = arguments(file.getValue(), m.end());
                if (args.contains("List.of()") || args.contains("Collections.emptyList()")) {
                    found.add(file.getKey() + ": " + m.group(1) + " without domain requirements");
                }
            }
        }
        if (lookups < 5) {
            found.add(lookups + " credentials lookups found, at least 5 expected");
        }
        return found;
    }

    /** The text between the parenthesis opened just before {@code from} and the one that closes it. */
    private static String arguments(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return text.substring(from, i);
            }
        }
        return text.substring(from);
    }

    @Test
    void everyLookupOfTheKeyAppliesTheDomainRequirements() throws IOException {
        assertThat(lookupsWithoutRequirements(Sources.read())).isEmpty();
    }

    @Test
    void theDomainRuleFailsOnALookupWithoutRequirements() throws IOException {
        assertThat(lookupsWithoutRequirements(Sources.read()
                        .with(
                                "credentials/AccessKeyCredentials.java",
                                "StandardCredentials.class, requirements, USABLE_BY_BUILDS",
                                "StandardCredentials.class, List.of(), USABLE_BY_BUILDS")))
                .containsExactly(
                        "credentials/AccessKeyCredentials.java: includeMatchingAs without domain requirements");
    }

    private static final Pattern FORM_CHECKED = Pattern.compile("List\\.of\\(((?:\\s*\"\\w+\",?)+)\\)");
    private static final Pattern BOUNDED = Pattern.compile("\\b([A-Z_]+)\\(\"(\\w+)\",");

    /**
     * Configuration as Code calls the global configuration's setters one by one, never the form's check of the whole
     * submission ({@code GlobalConfigurationForm.bind}): every field that check refuses, its setter must refuse too,
     * or JCasC stores it (an endpoint with a password in its URL, in clear; a number out of range).
     */
    static List<String> settersSkippingTheFormsCheck(Sources sources) {
        String form = sources.files().get("GlobalConfigurationForm.java");
        String config = sources.files().get("CodeArtsBuildGlobalConfiguration.java");
        Map<String, String> calls = new TreeMap<>(); // field -> what its setter must call
        Matcher listed = FORM_CHECKED.matcher(form);
        while (listed.find()) {
            for (String field : listed.group(1).replaceAll("[\\s\"]", "").split(",")) {
                calls.put(field, "GlobalConfigurationForm.checked(\"" + field + "\"");
            }
        }
        Matcher bounded = BOUNDED.matcher(form.substring(form.indexOf("enum Bounded")));
        while (bounded.find()) {
            calls.put(bounded.group(2), "Bounded." + bounded.group(1) + ".check(");
        }
        List<String> found = new ArrayList<>();
        calls.forEach((field, call) -> {
            String setter = "set" + Character.toUpperCase(field.charAt(0)) + field.substring(1) + "(";
            int at = config.indexOf("public void " + setter);
            String body = at < 0 ? "" : config.substring(at, config.indexOf("}", at));
            if (!body.contains(call)) {
                found.add(setter + ") skips the form's check of " + field);
            }
        });
        if (calls.size() != 7) {
            found.add(calls.size() + " checked fields found, not 7");
        }
        return found;
    }

    @Test
    void jcascIsRefusedWhatTheFormIsRefused() throws IOException {
        assertThat(settersSkippingTheFormsCheck(Sources.read())).isEmpty();
    }

    @Test
    void theSetterRuleFailsOnASetterThatStoresWhatItIsGiven() throws IOException {
        assertThat(settersSkippingTheFormsCheck(Sources.read()
                        .with(
                                "CodeArtsBuildGlobalConfiguration.java",
                                "GlobalConfigurationForm.checked(\"projectId\", projectId)",
                                "Util.fixEmptyAndTrim(projectId)")
                        .with(
                                "CodeArtsBuildGlobalConfiguration.java",
                                "Bounded.MAX_ATTEMPTS.check(maxAttempts)",
                                "maxAttempts")))
                .containsExactly(
                        "setMaxAttempts() skips the form's check of maxAttempts",
                        "setProjectId() skips the form's check of projectId");
    }

    private static Map<Path, String> views() throws IOException {
        Map<Path, String> views = new TreeMap<>();
        try (Stream<Path> s = Files.walk(RESOURCES)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".jelly")).toList()) {
                views.put(p, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return views;
    }
}
