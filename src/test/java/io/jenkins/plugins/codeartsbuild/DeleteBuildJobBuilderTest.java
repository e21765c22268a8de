package io.jenkins.plugins.codeartsbuild;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.JOB_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.model.Descriptor;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import net.sf.json.JSONObject;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.DomNodeList;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class DeleteBuildJobBuilderTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule j) throws Exception {
        this.j = j;
        FakeCloud.configure(j, iam, build);
    }

    private FreeStyleProject project(String name, DeleteBuildJobBuilder builder) throws Exception {
        FreeStyleProject p = j.createFreeStyleProject(name);
        p.getBuildersList().add(builder);
        return p;
    }

    @Test
    void deletesAndLogsBeforeAndAfter() throws Exception {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());

        FreeStyleBuild b = j.buildAndAssertSuccess(project("p", FakeCloud.deleteBuilder(JOB_ID)));

        j.assertLogContains("Deleting CodeArts Build job " + JOB_ID + " in region cn-north-4", b);
        j.assertLogContains(
                "Deleted CodeArts Build job " + JOB_ID + " (CodeArts project " + Fixtures.PROJECT_ID
                        + ", request id req-ok, attempts: 1).",
                b);
        assertThat(build.takeRequest(10, TimeUnit.SECONDS).getTarget()).isEqualTo("/v3/jobs/" + JOB_ID + "/delete");
    }

    @Test
    void buildVariablesAreExpandedInTheJobId() throws Exception {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());
        // the project's own name is the job id: ${JOB_NAME} is a variable every freestyle build has

        j.buildAndAssertSuccess(project(JOB_ID, FakeCloud.deleteBuilder("${JOB_NAME}")));

        assertThat(build.takeRequest(10, TimeUnit.SECONDS).getTarget()).isEqualTo("/v3/jobs/" + JOB_ID + "/delete");
    }

    @Test
    void anUnexpandedVariableIsRefusedAndNothingIsSent() throws Exception {
        FreeStyleBuild b =
                j.buildAndAssertStatus(Result.FAILURE, project("p", FakeCloud.deleteBuilder("${CODEARTS_JOB_ID}")));

        j.assertLogContains("jobId '${CODEARTS_JOB_ID}' uses ${CODEARTS_JOB_ID}, which has no value in this build", b);
        j.assertLogNotContains("\tat ", b);
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void aVariableWithoutBracesAndWithoutValueIsRefusedShownOnOneLine() throws Exception {
        DeleteBuildJobBuilder builder = new DeleteBuildJobBuilder();
        builder.setJobName("pr-$BRANCH\n[INFO] Deleted everything");
        builder.setIgnoreMissing(true);

        FreeStyleBuild b = j.buildAndAssertStatus(Result.FAILURE, project("p", builder));

        j.assertLogContains("jobName 'pr-$BRANCH\\n[INFO] Deleted everything' uses $BRANCH, which has no value", b);
        j.assertLogNotContains("\n[INFO] Deleted everything", b);
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }

    /** A number out of range is refused naming the option, as the Pipeline step does: never silently the default. */
    @Test
    void aMaxJobsOfZeroIsRefusedNotReplacedByTheDefault() throws Exception {
        DeleteBuildJobBuilder builder = FakeCloud.deleteBuilder(JOB_ID);
        builder.setMaxJobs(0);

        FreeStyleBuild b = j.buildAndAssertStatus(Result.FAILURE, project("p", builder));

        j.assertLogContains("maxJobs must be 1 to " + JobSelection.MAX_MAX_JOBS + ", not 0.", b);
        j.assertLogNotContains("\tat ", b);
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }

    /** Stapler binds a number it cannot read ("1.5", one beyond int) as null, the default: the form refuses it. */
    @Test
    void aNumberFieldThatIsNoWholeNumberIsRefusedNamingIt() throws Exception {
        DeleteBuildJobBuilder.DescriptorImpl descriptor =
                j.jenkins.getDescriptorByType(DeleteBuildJobBuilder.DescriptorImpl.class);
        for (String typed : new String[] {"1.5", "99999999999", "0"}) {
            JSONObject form = JSONObject.fromObject("{\"jobId\":\"" + JOB_ID + "\",\"maxJobs\":\"" + typed + "\"}");

            Descriptor.FormException refused =
                    assertThrows(Descriptor.FormException.class, () -> descriptor.newInstance(null, form));

            // as the field's own check words it: the typed text quoted
            assertThat(refused.getMessage())
                    .isEqualTo("maxJobs must be 1 to " + JobSelection.MAX_MAX_JOBS + ", not '" + typed + "'.");
            assertThat(refused.getFormField()).isEqualTo("maxJobs");
        }
    }

    @Test
    void forbiddenFailsWithAHintAndNoStackTrace() throws Exception {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.error(403, "CB.00060003", "no permission to delete the job"));

        FreeStyleBuild b = j.buildAndAssertStatus(Result.FAILURE, project("p", FakeCloud.deleteBuilder(JOB_ID)));

        j.assertLogContains("HTTP 403", b);
        j.assertLogContains("CB.00060003 no permission to delete the job (request id req-403)", b);
        j.assertLogContains("lacks permission on the build job", b);
        j.assertLogNotContains("\tat ", b);
    }

    @Test
    void aRetryIsLoggedOnOneLine() throws Exception {
        CodeArtsBuildGlobalConfiguration.get().setMaxAttempts(2);
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.status(503));
        build.enqueue(Fixtures.deleted());

        FreeStyleBuild b = j.buildAndAssertSuccess(project("p", FakeCloud.deleteBuilder(JOB_ID)));

        j.assertLogContains("Attempt 1 failed: CodeArts Build answered HTTP 503", b);
        j.assertLogNotContains("try again later", b);
        j.assertLogContains("attempts: 2)", b);
    }

    @Test
    void usernameWithPasswordIsAcceptedAsAkAndSk() throws Exception {
        String ak = FakeCloud.newAccessKeyId();
        FakeCloud.add(
                j.jenkins, new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "up", null, ak, Fixtures.SK));
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());
        DeleteBuildJobBuilder builder = FakeCloud.deleteBuilder(JOB_ID);
        builder.setCredentialsId("up");

        j.buildAndAssertSuccess(project("p", builder));

        JsonNode body = new ObjectMapper().readTree(iam.takeRequest().getBody().utf8());
        assertThat(body.at("/auth/identity/hw_ak_sk/access/key").asText()).isEqualTo(ak);
    }

    @Test
    void aPlainHttpEndpointIsRefusedAtRunTimeBeforeAnyKeyIsSent() throws Exception {
        // the setters refuse it (the form and JCasC call them), a stored file written before may still hold it
        CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();
        Path stored =
                j.jenkins.getRootDir().toPath().resolve(CodeArtsBuildGlobalConfiguration.class.getName() + ".xml");
        Files.writeString(
                stored,
                Files.readString(stored)
                        .replaceAll(
                                "<iamEndpoint>[^<]*</iamEndpoint>",
                                "<iamEndpoint>http://iam.example.com</iamEndpoint>"));
        config.load();
        assertThat(config.getIamEndpoint()).isEqualTo("http://iam.example.com");

        FreeStyleBuild b = j.buildAndAssertStatus(Result.FAILURE, project("p", FakeCloud.deleteBuilder(JOB_ID)));

        j.assertLogContains("The IAM endpoint 'http://iam.example.com' must use https", b);
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void aCredentialsParameterExpressionIsOfferedByTheFormAndKept() throws Exception {
        DeleteBuildJobBuilder before = FakeCloud.deleteBuilder(JOB_ID);
        before.setCredentialsId("${CRED}");
        FreeStyleProject p = project("expression", before);

        HtmlPage page = j.createWebClient().getPage(p, "configure");
        // the credentials control lets the user choose between a drop-down and an expression, here the expression
        DomNodeList<DomNode> param = page.querySelectorAll("input.credentials-select-radio-control[value=param]");
        assertThat(param).hasSize(1);
        assertThat(((HtmlRadioButtonInput) param.get(0)).isChecked()).isTrue();
        p = j.configRoundtrip(p);

        assertThat(p.getBuildersList().get(DeleteBuildJobBuilder.class).getCredentialsId())
                .isEqualTo("${CRED}");
    }

    @Test
    void configRoundtrip() throws Exception {
        DeleteBuildJobBuilder before = FakeCloud.deleteBuilder("${CODEARTS_JOB_ID}");
        before.setCredentialsId(FakeCloud.CREDENTIALS_ID);
        before.setRegion("cn-east-3");
        before.setIgnoreMissing(true);
        FreeStyleProject p = project("p", before);

        p = j.configRoundtrip(p);

        j.assertEqualDataBoundBeans(before, p.getBuildersList().get(DeleteBuildJobBuilder.class));
    }
}
