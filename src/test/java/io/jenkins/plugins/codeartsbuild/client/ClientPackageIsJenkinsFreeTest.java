package io.jenkins.plugins.codeartsbuild.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The client package must build and run without Jenkins: no reference to a Jenkins, Stapler or credentials type, nor to
 * the Jenkins layer's packages (the build page's summary uses the client's model, never the other way).
 */
class ClientPackageIsJenkinsFreeTest {

    private static final Path SOURCES = Path.of("src/main/java/io/jenkins/plugins/codeartsbuild/client");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\n]*");
    private static final Pattern FORBIDDEN =
            Pattern.compile("(?<![\\w.])(hudson|jenkins|org\\.kohsuke|com\\.cloudbees|org\\.jenkinsci)\\.\\w+");

    private static final Pattern JENKINS_LAYER =
            Pattern.compile("\\bio\\.jenkins\\.plugins\\.codeartsbuild\\.summary\\b");

    static List<String> forbiddenReferences(String source) {
        List<String> found = new ArrayList<>();
        String code = COMMENTS.matcher(source).replaceAll(" ");
        Matcher m = FORBIDDEN.matcher(code);
        while (m.find()) {
            found.add(m.group(1));
        }
        Matcher layer = JENKINS_LAYER.matcher(code);
        while (layer.find()) {
            found.add(layer.group());
        }
        return found;
    }

    @Test
    void noSourceReferencesJenkins() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path f : files) {
            assertThat(forbiddenReferences(Files.readString(f, StandardCharsets.UTF_8)))
                    .as("Jenkins references in %s", f)
                    .isEmpty();
        }
    }

    @Test
    void theCheckWouldCatchOne() {
        assertThat(forbiddenReferences("package x;\nimport hudson.model.Run;\n"))
                .containsExactly("hudson");
        assertThat(forbiddenReferences("class A { jenkins.model.Jenkins j; }")).containsExactly("jenkins");
        assertThat(forbiddenReferences("import com.cloudbees.plugins.credentials.Credentials;"))
                .containsExactly("com.cloudbees");
        assertThat(forbiddenReferences("import org.kohsuke.stapler.DataBoundConstructor;"))
                .containsExactly("org.kohsuke");
        assertThat(forbiddenReferences("package io.jenkins.plugins.codeartsbuild.client; // hudson.Foo"))
                .isEmpty();
        assertThat(forbiddenReferences("import io.jenkins.plugins.codeartsbuild.summary.SummaryRow;"))
                .containsExactly("io.jenkins.plugins.codeartsbuild.summary");
    }
}
