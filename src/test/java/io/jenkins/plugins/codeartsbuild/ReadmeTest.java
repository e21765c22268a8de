package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.LastBuild;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's reference tables never disagree with the code: for each {@code readme-check} block of
 * {@code README.md} and {@code README_zh-CN.md}, the names in the first column are exactly the names the code has.
 * The code's names come from the code: the keys of {@link Result#toMap} and {@link BuildJob#toMap} on real results (a
 * dry run over {@code maxJobs}, a run with a failure and a purge, a restore: the union), the status enums, and the
 * data-bound names read from the Jenkins layer's sources (the client build cannot load those classes; this reads them
 * as {@link JenkinsTrapsTest.Sources} does).
 */
class ReadmeTest {

    static final List<String> READMES = List.of("README.md", "README_zh-CN.md");
    private static final Pattern BLOCK =
            Pattern.compile("(?m)^<!-- readme-check:([\\w-]+) -->\\n(.*?)^<!-- /readme-check -->$", Pattern.DOTALL);
    private static final Pattern FIRST_CELL = Pattern.compile("^\\|\\s*`([^`|\\s]+)`\\s*\\|");
    private static final Pattern SETTER = Pattern.compile("@DataBoundSetter\\s+public void set(\\w+)\\(");
    private static final Pattern CONSTRUCTOR = Pattern.compile("@DataBoundConstructor\\s+public \\w+\\(([^)]*)\\)");

    // the code's names, per block

    private static final Function<CodeArtsException, String> DESCRIBE = CodeArtsException::getMessage;

    /** Real results, between them every branch of the maps: a dry run over maxJobs, a failure, a purge, a restore. */
    static List<Result> results() {
        String a = "0123456789abcdef0123456789abcdef";
        String b = "fedcba9876543210fedcba9876543210";
        CodeArtsException refused = new CodeArtsValidationException(Problem.NO_SUCH_JOB, a);
        Outcome purged = Outcome.of(a, null, null, Status.Purge.PURGED);
        Outcome failedPurge = Outcome.failed(b, null, null, Status.Purge.FAILED, refused);
        return List.of(
                new Result(
                        Result.Operation.DELETE,
                        List.of(
                                Outcome.of(a, "pr-1", b, Status.Delete.WOULD_DELETE),
                                Outcome.of(b, "pr-2", b, Status.Delete.NOT_PERMITTED)),
                        120,
                        true,
                        50,
                        1,
                        null,
                        0),
                new Result(
                        Result.Operation.DELETE,
                        List.of(
                                Outcome.done(a, "pr-1", b, Status.Delete.DELETED, "req-1", 1)
                                        .withConfirmedJobId(b)
                                        .withPurge(purged),
                                Outcome.done(b, "pr-2", b, Status.Delete.DELETED, "req-2", 2)
                                        .withPurge(failedPurge),
                                Outcome.failed(a, null, null, Status.Delete.FAILED, refused)),
                        3,
                        false,
                        50,
                        0,
                        null,
                        0),
                new Result(
                        Result.Operation.RESTORE,
                        List.of(
                                Outcome.done(a, "pr-1", b, Status.Restore.RESTORED, "req-3", 1)
                                        .withDeletedAt(Instant.EPOCH),
                                Outcome.failed(b, "pr-2", b, Status.Restore.FAILED, refused)),
                        2,
                        false,
                        50,
                        0,
                        7,
                        1),
                new Result(
                        Result.Operation.RESTORE,
                        List.of(Outcome.of(a, null, null, Status.Restore.WOULD_RESTORE)),
                        80,
                        true,
                        50,
                        0,
                        null,
                        0));
    }

    private static Set<String> resultKeys(boolean restore) {
        Set<String> keys = new TreeSet<>();
        results().stream()
                .filter(r -> r.restore() == restore)
                .forEach(r -> keys.addAll(r.toMap(DESCRIBE).keySet()));
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> jobKeys(boolean restore) {
        Set<String> keys = new TreeSet<>();
        results().stream()
                .filter(r -> r.restore() == restore)
                .forEach(r -> ((List<Map<String, Object>>) r.toMap(DESCRIBE).get("jobs"))
                        .forEach(job -> keys.addAll(job.keySet())));
        return keys;
    }

    private static Set<String> findKeys() {
        Set<String> keys = new TreeSet<>();
        keys.addAll(new BuildJob("0123456789abcdef0123456789abcdef", "pr-1", null, null, null, null)
                .toMap()
                .keySet());
        keys.addAll(new BuildJob(
                        "0123456789abcdef0123456789abcdef",
                        "pr-1",
                        "fedcba9876543210fedcba9876543210",
                        "web",
                        true,
                        false,
                        new LastBuild(LastBuild.State.BUILT, Instant.EPOCH),
                        "success",
                        "alice")
                .toMap()
                .keySet());
        return keys;
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(values).forEach(v -> names.add(v.name()));
        return names;
    }

    /** The data-bound names of a class and of its superclasses in the Jenkins layer: constructor and setters. */
    static Set<String> dataBound(JenkinsTrapsTest.Sources sources, String className) {
        Map<String, String[]> classes = sources.classes();
        Set<String> names = new TreeSet<>();
        for (String c = className; classes.containsKey(c); c = classes.get(c)[0]) {
            String text = sources.files().get(classes.get(c)[2]);
            Matcher setter = SETTER.matcher(text);
            while (setter.find()) {
                names.add(Character.toLowerCase(setter.group(1).charAt(0))
                        + setter.group(1).substring(1));
            }
            Matcher constructor = CONSTRUCTOR.matcher(text);
            while (constructor.find()) {
                for (String parameter : constructor.group(1).split(",")) {
                    String[] words = parameter.trim().split("\\s+");
                    if (!parameter.isBlank()) {
                        names.add(words[words.length - 1]);
                    }
                }
            }
        }
        assertThat(names).as("data-bound names of " + className).isNotEmpty();
        return names;
    }

    /** What the code has, per block name of the contract. */
    static Map<String, Set<String>> codeNames(JenkinsTrapsTest.Sources sources) {
        Map<String, Set<String>> code = new LinkedHashMap<>();
        code.put("delete-result", resultKeys(false));
        code.put("delete-job", jobKeys(false));
        code.put("delete-status", names(Status.Delete.values()));
        code.put("restore-result", resultKeys(true));
        code.put("restore-job", jobKeys(true));
        code.put("restore-status", names(Status.Restore.values()));
        code.put("find-job", findKeys());
        code.put("delete-options", dataBound(sources, "DeleteBuildJobStep"));
        code.put("restore-options", dataBound(sources, "RestoreBuildJobStep"));
        code.put("find-options", dataBound(sources, "FindBuildJobsStep"));
        code.put("global-options", dataBound(sources, "CodeArtsBuildGlobalConfiguration"));
        return code;
    }

    // the README's names, per block

    /** Each block's first-column names, in order (a repeated one stays repeated); a bad row is reported as a problem. */
    static Map<String, List<String>> blocks(String file, String text, List<String> problems) {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(text.replace("\r\n", "\n"));
        while (block.find()) {
            String name = block.group(1);
            if (blocks.containsKey(name)) {
                problems.add(file + ": block " + name + " appears twice");
            }
            List<String> rows = new ArrayList<>();
            String[] lines = block.group(2).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].trim();
                boolean header = i + 1 < lines.length && lines[i + 1].trim().matches("\\|[\\s:|-]+\\|?");
                if (!line.startsWith("|") || header || line.matches("\\|[\\s:|-]+\\|?")) {
                    continue;
                }
                Matcher first = FIRST_CELL.matcher(line);
                if (first.find()) {
                    rows.add(first.group(1));
                } else {
                    problems.add(file + ": block " + name + ": a row whose first column is not one name in backticks: "
                            + line);
                }
            }
            blocks.put(name, rows);
        }
        return blocks;
    }

    /** Every way the README's blocks disagree with the code, one line each naming the file, the block and the name. */
    static List<String> disagreements(String file, String text, Map<String, Set<String>> code) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> readme = blocks(file, text, problems);
        for (Map.Entry<String, Set<String>> expected : code.entrySet()) {
            String block = expected.getKey();
            List<String> listed = readme.get(block);
            if (listed == null) {
                problems.add(file + ": no block <!-- readme-check:" + block + " -->");
                continue;
            }
            for (String name : expected.getValue()) {
                if (!listed.contains(name)) {
                    problems.add(file + ": block " + block + ": missing `" + name + "` (the code has it)");
                }
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String name : listed) {
                if (!expected.getValue().contains(name)) {
                    problems.add(file + ": block " + block + ": unknown `" + name + "` (the code has no such name)");
                } else if (!seen.add(name)) {
                    problems.add(file + ": block " + block + ": `" + name + "` listed twice");
                }
            }
        }
        readme.keySet().stream()
                .filter(b -> !code.containsKey(b))
                .forEach(b -> problems.add(file + ": block " + b + " is not one the code has"));
        return problems;
    }

    static String read(String file) throws IOException {
        Path path = Path.of(file);
        assertThat(path)
                .as(file + " must exist: it carries the readme-check blocks")
                .exists();
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    @Test
    void everyReadmeListsExactlyTheNamesTheCodeHas() throws IOException {
        Map<String, Set<String>> code = codeNames(JenkinsTrapsTest.Sources.read());
        List<String> problems = new ArrayList<>();
        for (String file : READMES) {
            problems.addAll(disagreements(file, read(file), code));
        }

        assertThat(problems).isEmpty();
    }

    /**
     * A help file that writes {@code <code>name: …</code>} names an option or a key of a returned map as a script reads
     * it; a name the code does not have reads as a silent {@code null} in a script written from the help (found:
     * {@code purge: 'DELETED_EARLIER'} for the key {@code purgeStatus}: {@code purge} is an option, and a status is
     * the value of a key). Every such name is one the code has; one given a status is a key of a returned map.
     */
    static List<String> unknownHelpNames(Map<Path, String> help, Map<String, Set<String>> code) {
        Set<String> known = new TreeSet<>();
        Set<String> keys = new TreeSet<>();
        code.forEach((kind, names) -> {
            known.addAll(names);
            if (kind.endsWith("-result") || kind.endsWith("-job")) {
                keys.addAll(names);
            }
        });
        Pattern named = Pattern.compile("<code>([a-z]\\w*): ('[A-Z_]+')?");
        List<String> unknown = new ArrayList<>();
        help.forEach((file, text) -> {
            Matcher m = named.matcher(text);
            while (m.find()) {
                if (!(m.group(2) == null ? known : keys).contains(m.group(1))) {
                    unknown.add(file.getFileName() + " in " + file.getParent().getFileName() + ": " + m.group(1));
                }
            }
        });
        return unknown;
    }

    @Test
    void helpNamesOnlyOptionsAndKeysTheCodeHas() throws IOException {
        Map<String, Set<String>> code = codeNames(JenkinsTrapsTest.Sources.read());
        Map<Path, String> help = new TreeMap<>();
        try (Stream<Path> s = Files.walk(Path.of("src/main/resources"))) {
            for (Path p :
                    s.filter(p -> p.getFileName().toString().startsWith("help")).toList()) {
                help.put(p, Files.readString(p, StandardCharsets.UTF_8));
            }
        }

        assertThat(help).hasSizeGreaterThan(50);
        assertThat(unknownHelpNames(help, code)).isEmpty();
        assertThat(unknownHelpNames(
                        Map.of(Path.of("x/help-purge.html"), "(<code>purge: 'DELETED_EARLIER'</code>)"), code))
                .containsExactly("help-purge.html in x: purge");
    }

    /**
     * The Pipeline scripts of the Jenkins-layer tests (which run only where Jenkins can be downloaded) read the maps a
     * step returns by the names the code writes: a renamed key left in such a script reads as a silent {@code null}
     * there, and its test fails only in the real build (found: {@code job.projectId}, left after the rename to
     * {@code codeArtsProjectId}). {@code ${r.x}} is a result's key, {@code ${r.jobs[n].x}} and {@code ${job.x}} a job's.
     * Its limits: the keys of delete, restore and find are pooled (a delete script reading a restore's key passes), and
     * only those three spellings inside {@code ${…}} are read (not, for example, {@code it.name} in a closure over the
     * find step's list).
     */
    static List<String> unknownScriptKeys(Map<String, String> tests, Map<String, Set<String>> code) {
        Set<String> results = new TreeSet<>();
        Set<String> jobs = new TreeSet<>();
        code.forEach((kind, names) -> {
            if (kind.endsWith("-result")) {
                results.addAll(names);
            } else if (kind.endsWith("-job")) {
                jobs.addAll(names);
            }
        });
        List<String> unknown = new ArrayList<>();
        tests.forEach((file, text) -> {
            Matcher m = SCRIPT_KEY.matcher(text);
            while (m.find()) {
                boolean result = m.group(1).equals("r");
                if (!(result ? results : jobs).contains(m.group(2))) {
                    unknown.add(file + ": " + m.group() + " (no " + (result ? "result" : "job") + " key of that name)");
                }
            }
        });
        return unknown;
    }

    private static final Pattern SCRIPT_KEY = Pattern.compile("\\$\\{(r|r\\.jobs\\[\\d+]|job)\\.(\\w+)}");

    /**
     * The Jenkins-layer tests, by path: all of them, whatever runs their scripts ({@code CpsFlowDefinition} directly or
     * {@code FakeCloud.pipeline}); the client's tests hold no Pipeline script.
     */
    static Map<String, String> jenkinsTests() throws IOException {
        Map<String, String> tests = new TreeMap<>();
        Path root = Path.of("src/test/java/io/jenkins/plugins/codeartsbuild");
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (!relative.startsWith("client/") && !relative.equals("ReadmeTest.java")) { // its own examples
                    tests.put(relative, text);
                }
            }
        }
        return tests;
    }

    @Test
    void theJenkinsTestsScriptsReadKeysTheCodeWrites() throws IOException {
        Map<String, String> tests = jenkinsTests();
        assertThat(tests)
                .containsKeys("DeleteBuildJobStepTest.java", "BatchDeleteStepTest.java", "RecycleBinStepsTest.java");
        assertThat(unknownScriptKeys(tests, codeNames(JenkinsTrapsTest.Sources.read())))
                .isEmpty();
    }

    @Test
    void theScriptKeyRuleFailsOnARenamedKey() throws IOException {
        Map<String, String> tests = Map.of(
                "T.java",
                "echo \"${r.deleted} ${r.alreadyDeleted} ${r.jobs[0].purgeStatus} ${r.jobs[0].purge} ${job.projectId}\"");
        assertThat(unknownScriptKeys(tests, codeNames(JenkinsTrapsTest.Sources.read())))
                .containsExactly(
                        "T.java: ${r.alreadyDeleted} (no result key of that name)",
                        "T.java: ${r.jobs[0].purge} (no job key of that name)",
                        "T.java: ${job.projectId} (no job key of that name)");
    }

    @Test
    void theCodeSideHasEveryNameTheContractNames() throws IOException {
        Map<String, Set<String>> code = codeNames(JenkinsTrapsTest.Sources.read());

        assertThat(code.get("delete-result"))
                .contains("dryRun", "total", "deleted", "alreadyGone", "failed", "wouldDelete", "notPermitted")
                .contains(
                        "missing",
                        "purged",
                        "restoreFrom",
                        "duplicatesRemoved",
                        "overMaxJobs",
                        "neededMaxJobs",
                        "jobs");
        assertThat(code.get("delete-job"))
                .contains("alreadyGone", "codeArtsProjectId", "purgeStatus", "purgeError")
                .doesNotContain("alreadyDeleted", "projectId", "purge");
        assertThat(code.get("restore-result")).contains("wouldRestore", "keepDays", "unusableEntries", "overMaxJobs");
        assertThat(code.get("restore-job"))
                .contains("deletedAt", "codeArtsProjectId")
                .doesNotContain("purgeStatus");
        assertThat(code.get("find-job"))
                .contains("lastBuildTime", "lastBuildStatus", "creator", "codeArtsProjectId")
                .doesNotContain("projectId");
        assertThat(code.get("delete-options"))
                .contains("jobId", "jobNamePrefix", "maxJobs", "purge", "notBuiltForDays");
        assertThat(code.get("restore-options"))
                .contains("jobIds", "ignoreMissing")
                .doesNotContain("purge");
        assertThat(code.get("find-options")).contains("limit", "keepNeverBuilt").doesNotContain("dryRun");
        assertThat(code.get("global-options")).contains("authMode", "maxAttempts", "connectTimeoutSeconds");
    }

    /** The plugin's description (the plugin manager shows it) names every step and every capability. */
    @Test
    void thePluginDescriptionNamesEveryStepAndCapability() throws IOException {
        String index = Files.readString(Path.of("src/main/resources/index.jelly"), StandardCharsets.UTF_8);
        Set<String> functions = new TreeSet<>();
        Matcher name = Pattern.compile("getFunctionName\\(\\) \\{\\s+return \"(\\w+)\";")
                .matcher(String.join(
                        "\n", JenkinsTrapsTest.Sources.read().files().values()));
        while (name.find()) {
            functions.add(name.group(1));
        }

        assertThat(functions).hasSize(3);
        assertThat(index)
                .contains(functions)
                .contains("dry run", "maxJobs", "not built for", "disabled", "recycle bin", "purges", "build page")
                .contains("withCredentials([huaweiCloudAccessKey(", "credentials(");
    }

    private static final Pattern STORED_SECTION =
            Pattern.compile("(?ms)^## (?:Names Jenkins stores|Jenkins 保存的名称)$(.*?)(?=^## )");
    private static final Pattern STORED_NAME = Pattern.compile(
            "`(?:io\\.jenkins\\.plugins\\.codeartsbuild\\.|….)([\\w.$]+?)(?:\\.xml)?`|`([A-Z]\\w*\\$\\w+)`");

    /**
     * The class names the README's table of stored names gives that the code does not have: a type named there and
     * renamed or removed since would tell an admin a wrong name is final. A {@code ….} stands for the plugin's package;
     * {@code Outer$Nested} is looked up by the outer type's simple name.
     */
    static List<String> unknownStoredNames(String readme) throws IOException {
        Matcher section = STORED_SECTION.matcher(readme);
        assertThat(section.find()).as("a section of names Jenkins stores").isTrue();
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(JenkinsTrapsTest.JAVA)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(JenkinsTrapsTest.JAVA.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        }
        List<String> unknown = new ArrayList<>();
        Matcher m = STORED_NAME.matcher(section.group(1));
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String[] parts = name.split("\\$");
            String outer = parts[0].substring(parts[0].lastIndexOf('.') + 1);
            String path = m.group(1) != null ? parts[0].replace('.', '/') + ".java" : null;
            String text = sources.entrySet().stream()
                    .filter(e -> path != null
                            ? e.getKey().equals(path)
                            : e.getKey().endsWith("/" + outer + ".java")
                                    || e.getKey().equals(outer + ".java"))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            if (text == null
                    || (parts.length > 1
                            && !Pattern.compile("(class|enum|record|interface) " + parts[1] + "\\b")
                                    .matcher(text)
                                    .find())) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    @Test
    void theStoredNamesAreTypesTheCodeHas() throws IOException {
        for (String readme : READMES) {
            assertThat(unknownStoredNames(read(readme))).as(readme).isEmpty();
        }
    }

    @Test
    void aStoredNameTheCodeNoLongerHasFails() throws IOException {
        String text = read("README.md")
                .replace("nested `CleanupSummary$Row`", "nested `CleanupSummary$Operation` and `CleanupSummary$Row`")
                .replace("`….summary.CleanupSummary` and", "`….summary.CleanupSummaryRecord` and");

        assertThat(unknownStoredNames(text))
                .containsExactly("summary.CleanupSummaryRecord", "CleanupSummary$Operation");
    }

    // the check can fail: each mutation is one the test must report, naming the file, the block and the name

    @Test
    void aRowRemovedFromTheReadmeFails() throws IOException {
        Map<String, Set<String>> code = codeNames(JenkinsTrapsTest.Sources.read());
        String text = read("README.md");
        String row = text.lines()
                .filter(l -> l.startsWith("| `purgeError` |"))
                .findFirst()
                .orElseThrow();

        assertThat(disagreements("README.md", text.replace(row + "\n", ""), code))
                .containsExactly("README.md: block delete-job: missing `purgeError` (the code has it)");
    }

    @Test
    void aKeyAddedToAResultMapFails() throws IOException {
        Map<String, Set<String>> code = codeNames(JenkinsTrapsTest.Sources.read());
        code.get("restore-result").add("skipped");

        assertThat(disagreements("README.md", read("README.md"), code))
                .containsExactly("README.md: block restore-result: missing `skipped` (the code has it)");
    }

    @Test
    void aNameTheCodeDoesNotHaveFails() throws IOException {
        Map<String, Set<String>> code = codeNames(JenkinsTrapsTest.Sources.read());
        String text =
                read("README.md").replace("| `alreadyGone` | `true` exactly", "| `alreadyDeleted` | `true` exactly");

        assertThat(disagreements("README.md", text, code))
                .containsExactlyInAnyOrder(
                        "README.md: block delete-job: missing `alreadyGone` (the code has it)",
                        "README.md: block delete-job: unknown `alreadyDeleted` (the code has no such name)");
    }

    @Test
    void aSetterAddedToAStepFailsAndABlockLeftOutFails() throws IOException {
        JenkinsTrapsTest.Sources sources = JenkinsTrapsTest.Sources.read()
                .with(
                        "FindBuildJobsStep.java",
                        "    @DataBoundSetter\n    public void setLimit(",
                        "    @DataBoundSetter\n    public void setSortBy(String s) {}\n\n    @DataBoundSetter\n"
                                + "    public void setLimit(");
        String text = read("README.md");
        String withoutBlock =
                text.replaceFirst("(?s)<!-- readme-check:restore-status -->.*?<!-- /readme-check -->", "");

        assertThat(disagreements("README.md", text, codeNames(sources)))
                .containsExactly("README.md: block find-options: missing `sortBy` (the code has it)");
        assertThat(disagreements("README.md", withoutBlock, codeNames(JenkinsTrapsTest.Sources.read())))
                .containsExactly("README.md: no block <!-- readme-check:restore-status -->");
    }

    @Test
    void aRowWithoutOneNameInBackticksFails() throws IOException {
        Map<String, Set<String>> code = codeNames(JenkinsTrapsTest.Sources.read());
        String text = read("README.md").replace("| `deleted` | how many", "| deleted | how many");

        assertThat(disagreements("README.md", text, code))
                .contains("README.md: block delete-result: missing `deleted` (the code has it)")
                .anyMatch(
                        p -> p.startsWith("README.md: block delete-result: a row whose first column is not one name"));
    }
}
