package io.jenkins.plugins.codeartsbuild.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin's layers, read from the sources: every reference to another of our packages runs down the stack below,
 * so no two packages import each other; the client uses no Jenkins type; the Jenkins layer uses the client's facade,
 * public model and core only, never its insides. A reference is an import or a fully qualified name outside comments.
 *
 * <pre>
 * (root)               the steps, builders and global configuration: the Jenkins layer's front
 * credentials, summary the credential type and its lookup; the build page's summary and its stored types
 * client (the facade)  CodeArtsBuildClient
 * jobs                 listing, filters, delete / restore / purge batches
 * auth                 access key use, IAM token, request signing
 * http                 one call: capture, answer, retries, throttling, pacing, fan-out
 * model                what a step asks for and gets back: the selection, the outcomes, the listener
 * core                 errors, services, endpoints, settings, text cleaning (nothing of ours below)
 * </pre>
 */
class LayersTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final String ROOT = "io.jenkins.plugins.codeartsbuild";
    private static final String CLIENT = ROOT + ".client";

    /** Each package and its floor; a package may reference only packages on a lower floor. */
    private static final Map<String, Integer> FLOORS = Map.of(
            CLIENT + ".core",
            0,
            CLIENT + ".model",
            1,
            CLIENT + ".http",
            2,
            CLIENT + ".auth",
            3,
            CLIENT + ".jobs",
            4,
            CLIENT,
            5,
            ROOT + ".credentials",
            6,
            ROOT + ".summary",
            6,
            ROOT,
            7);

    /** The client's insides, which the Jenkins layer never references. */
    private static final List<String> HIDDEN = List.of(CLIENT + ".http", CLIENT + ".auth", CLIENT + ".jobs");

    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\n]*");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern OURS =
            Pattern.compile("(?<![\\w.])" + Pattern.quote(ROOT) + "((?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern JENKINS =
            Pattern.compile("(?<![\\w.])(hudson|jenkins|org\\.kohsuke|com\\.cloudbees|org\\.jenkinsci)\\.\\w+");

    /** Every reference of one source that breaks a rule, as "package -> package" or "package -> jenkins". */
    static List<String> violations(String source) {
        String code = COMMENTS.matcher(source).replaceAll(" ");
        Matcher p = PACKAGE.matcher(code);
        if (!p.find()) {
            return List.of("no package line");
        }
        String from = p.group(1);
        code = code.substring(p.end());
        List<String> found = new ArrayList<>();
        Matcher m = OURS.matcher(code);
        while (m.find()) {
            String to = ROOT + m.group(1);
            if (!to.equals(from) && !allowed(from, to)) {
                found.add(from + " -> " + to);
            }
        }
        if (from.startsWith(CLIENT)) {
            Matcher j = JENKINS.matcher(code);
            while (j.find()) {
                found.add(from + " -> " + j.group(1));
            }
        }
        return found;
    }

    private static boolean allowed(String from, String to) {
        if (!from.startsWith(CLIENT) && HIDDEN.contains(to)) {
            return false;
        }
        Integer floor = FLOORS.get(from);
        Integer target = FLOORS.get(to);
        return floor != null && target != null && target < floor;
    }

    @Test
    void everyReferenceRunsDown() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(MAIN)) {
            files = s.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        List<String> broken = new ArrayList<>();
        for (Path f : files) {
            for (String v : violations(Files.readString(f, StandardCharsets.UTF_8))) {
                broken.add(MAIN.relativize(f) + ": " + v);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyPackageHasAFloor() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN.resolve(ROOT.replace('.', '/')))) {
            List<String> packages = s.filter(Files::isDirectory)
                    .map(d -> MAIN.relativize(d).toString().replace('/', '.'))
                    .toList();
            assertThat(FLOORS.keySet()).containsExactlyInAnyOrderElementsOf(packages);
        }
    }

    @Test
    void theRulesCatchWhatTheyGuard() {
        assertThat(violations("package " + CLIENT + ".http;\nimport " + CLIENT + ".jobs.Glob;\n"))
                .as("up the stack")
                .containsExactly(CLIENT + ".http -> " + CLIENT + ".jobs");
        assertThat(violations("package " + CLIENT + ".core;\nclass A { " + CLIENT + ".CodeArtsBuildClient c; }"))
                .as("a fully qualified name")
                .containsExactly(CLIENT + ".core -> " + CLIENT);
        assertThat(violations("package " + CLIENT + ".core;\nimport " + ROOT + ".summary.CleanupSummary;\n"))
                .as("the client into the Jenkins layer")
                .containsExactly(CLIENT + ".core -> " + ROOT + ".summary");
        assertThat(violations("package " + CLIENT + ".model;\nimport hudson.model.Run;\n"))
                .containsExactly(CLIENT + ".model -> hudson");
        assertThat(violations("package " + CLIENT + ".model;\nimport com.cloudbees.plugins.credentials.Credentials;"))
                .containsExactly(CLIENT + ".model -> com.cloudbees");
        assertThat(violations("package " + ROOT + ";\nimport " + CLIENT + ".auth.AccessKey;\n"))
                .as("the Jenkins layer into the client's insides")
                .containsExactly(ROOT + " -> " + CLIENT + ".auth");
        assertThat(violations("package " + CLIENT + ".other;\nimport " + CLIENT + ".core.Texts;\n"))
                .as("a package with no floor")
                .containsExactly(CLIENT + ".other -> " + CLIENT + ".core");
        assertThat(violations("package " + ROOT + ".summary;\nimport " + ROOT + ".Messages;\n"))
                .as("a room of the Jenkins layer into its front")
                .containsExactly(ROOT + ".summary -> " + ROOT);
        assertThat(violations("package " + ROOT + ".summary;\nimport " + ROOT + ".credentials.AccessKeyCredentials;"))
                .as("two rooms on one floor")
                .containsExactly(ROOT + ".summary -> " + ROOT + ".credentials");
        assertThat(violations(
                        "package " + ROOT + ".summary;\nimport " + CLIENT + ".model.Outcome;\nimport hudson.Util;"))
                .isEmpty();
        assertThat(violations("package " + CLIENT + ".jobs;\n// " + CLIENT + ".Up and hudson.Foo in a comment\n"
                        + "import " + CLIENT + ".http.ApiCaller;"))
                .isEmpty();
    }
}
