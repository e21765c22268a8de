package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The secret key and the IAM token never reach a build log, a file under JENKINS_HOME or a page. */
@WithJenkins
class SecretsStayHiddenTest {

    private static final String TOKEN = "MIIZtoken-value-that-must-stay-secret";

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    @Test
    void neitherTheSecretKeyNorTheTokenIsWrittenOrShown(JenkinsRule j) throws Exception {
        FakeCloud.configure(j, iam, build);
        iam.enqueue(Fixtures.token(TOKEN));
        build.enqueue(Fixtures.error(401, "APIGW.0301", "verify aksk signature fail"));
        FreeStyleProject p = j.createFreeStyleProject("p");
        p.getBuildersList().add(FakeCloud.deleteBuilder(Fixtures.JOB_ID));

        FreeStyleBuild b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("verify aksk signature fail", b);
        for (String secret : List.of(Fixtures.SK, TOKEN)) {
            j.assertLogNotContains(secret, b);
            assertNotOnDisk(j.jenkins.getRootDir().toPath(), secret);
            assertThat(page(j, "configure")).doesNotContain(secret);
            // credentials 1492+ shows a credential's form in a dialog (updateDialog); the old update page is gone
            String credential = "credentials/store/system/domain/_/credential/" + FakeCloud.CREDENTIALS_ID + "/";
            assertThat(page(j, credential)).doesNotContain(secret);
            assertThat(page(j, credential + "updateDialog"))
                    .contains("secretKey")
                    .doesNotContain(secret);
            assertThat(page(j, "job/p/configure")).doesNotContain(secret);
        }
    }

    /** The page as served; no script runs (updateDialog is a fragment whose adjuncts expect the full page). */
    private static String page(JenkinsRule j, String path) throws Exception {
        JenkinsRule.WebClient wc = j.createWebClient();
        wc.setJavaScriptEnabled(false);
        return wc.goTo(path).getWebResponse().getContentAsString();
    }

    /** Every configuration file, credentials store, build record and log under JENKINS_HOME. */
    private static void assertNotOnDisk(Path home, String secret) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(home)) {
            files = s.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(home.resolve("plugins")) && !f.startsWith(home.resolve("war")))
                    .filter(f -> f.toString().endsWith(".xml")
                            || f.getFileName().toString().equals("log"))
                    .toList();
        }
        assertThat(files).anyMatch(f -> f.getFileName().toString().equals("credentials.xml"));
        for (Path f : files) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.UTF_8))
                    .as("%s", home.relativize(f))
                    .doesNotContain(secret);
        }
    }
}
