package io.jenkins.plugins.codeartsbuild;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.JOB_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsParameterDefinition;
import com.cloudbees.plugins.credentials.CredentialsParameterValue;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.model.Cause;
import hudson.model.CauseAction;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.ParameterValue;
import hudson.model.ParametersAction;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.Result;
import hudson.model.StringParameterDefinition;
import hudson.model.StringParameterValue;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.FormValidation;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.credentials.HuaweiCloudAccessKeyImpl;
import java.util.concurrent.TimeUnit;
import jenkins.model.Jenkins;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A freestyle step's credentials id is passed to the credentials lookup as written, never expanded as a build variable
 * first: {@code CredentialsProvider.findCredentialById} resolves {@code ${NAME}} of a credentials parameter itself, and
 * only to credentials that the user who started the build may use. A user with Item/Build alone must not be able to
 * choose which key a step uses (bad input 40).
 */
@WithJenkins
class CredentialsParameterTest {

    /** A second key the job can see; a user who may only build must not be able to choose it. */
    private static final String PROD_KEY = "prod-ak";

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private JenkinsRule j;
    private FreeStyleProject project;
    private HuaweiCloudAccessKeyImpl prodKey;

    @BeforeEach
    void setUp(JenkinsRule j) throws Exception {
        this.j = j;
        FakeCloud.configure(j, iam, build);
        prodKey = FakeCloud.addAccessKey(j.jenkins, PROD_KEY);
        project = j.createFreeStyleProject("cleanup");
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ)
                .everywhere()
                .to("builder", "user")
                .grant(Item.READ, Item.BUILD)
                .onItems(project)
                .to("builder", "user")
                // "user" may also use the job's credentials; "builder" may only start it
                .grant(CredentialsProvider.USE_ITEM)
                .onItems(project)
                .to("user"));
        User.getById("builder", true);
        User.getById("user", true);
    }

    private FreeStyleBuild run(Result expected, String userId, ParameterValue value) throws Exception {
        return j.assertBuildStatus(
                expected,
                project.scheduleBuild2(0, new CauseAction(new Cause.UserIdCause(userId)), new ParametersAction(value)));
    }

    private void deleteWithCredentials(String credentialsId) throws Exception {
        DeleteBuildJobBuilder builder = FakeCloud.deleteBuilder(JOB_ID);
        builder.setCredentialsId(credentialsId);
        project.getBuildersList().add(builder);
    }

    @Test
    void aCredentialsParameterChosenByAUserWhoMayNotUseTheKeyFindsNothingAndSendsNothing() throws Exception {
        project.addProperty(new ParametersDefinitionProperty(new CredentialsParameterDefinition(
                "CRED", null, FakeCloud.CREDENTIALS_ID, HuaweiCloudAccessKeyImpl.class.getName(), false)));
        deleteWithCredentials("${CRED}");

        FreeStyleBuild b = run(Result.FAILURE, "builder", new CredentialsParameterValue("CRED", PROD_KEY, null));

        j.assertLogContains("Credentials '${CRED}' were not found for this build", b);
        j.assertLogNotContains("\tat ", b);
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void aCredentialsParameterChosenByAUserWhoMayUseTheKeyIsUsed() throws Exception {
        project.addProperty(new ParametersDefinitionProperty(new CredentialsParameterDefinition(
                "CRED", null, FakeCloud.CREDENTIALS_ID, HuaweiCloudAccessKeyImpl.class.getName(), false)));
        deleteWithCredentials("${CRED}");
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());

        run(Result.SUCCESS, "user", new CredentialsParameterValue("CRED", PROD_KEY, null));

        // the key the parameter chose, not the default
        assertThat(iam.takeRequest(10, TimeUnit.SECONDS).getBody().utf8()).contains(prodKey.getAccessKeyId());
        assertThat(build.takeRequest(10, TimeUnit.SECONDS).getTarget()).isEqualTo("/v3/jobs/" + JOB_ID + "/delete");
    }

    @Test
    void aStringParameterIsNotExpandedInTheCredentialsId() throws Exception {
        project.addProperty(new ParametersDefinitionProperty(new StringParameterDefinition("CRED", "")));
        deleteWithCredentials("${CRED}");

        FreeStyleBuild b = run(Result.FAILURE, "builder", new StringParameterValue("CRED", PROD_KEY));

        j.assertLogContains("Credentials '${CRED}' were not found for this build", b);
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void anEnvironmentVariableIsNotExpandedInTheCredentialsId() throws Exception {
        // ${JOB_BASE_NAME} is a variable every freestyle build has: the project's name
        FakeCloud.addAccessKey(j.jenkins, "team-cleanup");
        deleteWithCredentials("team-${JOB_BASE_NAME}");

        FreeStyleBuild b = j.assertBuildStatus(Result.FAILURE, project.scheduleBuild2(0));

        j.assertLogContains("Credentials 'team-${JOB_BASE_NAME}' were not found for this build", b);
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }

    /**
     * The form says what the build will do with {@code ${NAME}}: resolved only from a credentials parameter of the job;
     * a string parameter of that name, or none, gets a warning (checked as an administrator, who may see the answer).
     */
    @Test
    void theFormWarnsWhenTheJobHasNoCredentialsParameterOfThatName() throws Exception {
        SelectionBuilder.SelectionBuilderDescriptor form =
                j.jenkins.getDescriptorByType(DeleteBuildJobBuilder.DescriptorImpl.class);
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin"));
        try (ACLContext ignored = ACL.as(User.getById("admin", true))) {
            assertThat(form.doCheckCredentialsId(project, "${CRED}", "").kind).isEqualTo(FormValidation.Kind.WARNING);

            FreeStyleProject withString = j.createFreeStyleProject("with-string");
            withString.addProperty(new ParametersDefinitionProperty(new StringParameterDefinition("CRED", "")));
            assertThat(form.doCheckCredentialsId(withString, "${CRED}", "").kind)
                    .isEqualTo(FormValidation.Kind.WARNING);

            FreeStyleProject withCredentials = j.createFreeStyleProject("with-credentials");
            withCredentials.addProperty(new ParametersDefinitionProperty(new CredentialsParameterDefinition(
                    "CRED", null, FakeCloud.CREDENTIALS_ID, HuaweiCloudAccessKeyImpl.class.getName(), false)));
            assertThat(form.doCheckCredentialsId(withCredentials, "${CRED}", "").kind)
                    .isEqualTo(FormValidation.Kind.OK);
        }
    }
}
