package io.jenkins.plugins.codeartsbuild;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.JOB_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.domains.Domain;
import com.cloudbees.plugins.credentials.domains.HostnamePortSpecification;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.credentials.HuaweiCloudAccessKeyImpl;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The global configuration offers and tests only credentials that builds can use, as builds resolve them: never a
 * SYSTEM-scoped one (visible to Jenkins, never to a build), and never one whose domain does not cover every URL the
 * key goes to (CodeArts Build and IAM).
 */
@WithJenkins
class CredentialsTheBuildsCanUseTest {

    private static final String SYSTEM_ID = "system-scoped-ak";
    private static final String RESTRICTED_ID = "build-host-only-ak";

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule j) throws Exception {
        this.j = j;
        FakeCloud.configure(j, iam, build);
        FakeCloud.add(
                j.jenkins,
                new HuaweiCloudAccessKeyImpl(
                        CredentialsScope.SYSTEM,
                        SYSTEM_ID,
                        null,
                        FakeCloud.newAccessKeyId(),
                        Secret.fromString(Fixtures.SK)));
    }

    private static List<String> values(ListBoxModel model) {
        return model.stream().map(o -> o.value).toList();
    }

    @Test
    void aSystemScopedKeyIsNotOffered() {
        List<String> offered =
                values(CodeArtsBuildGlobalConfiguration.get().doFillCredentialsIdItems("", "cn-north-4"));

        assertThat(offered).contains(FakeCloud.CREDENTIALS_ID).doesNotContain(SYSTEM_ID);
    }

    @Test
    void aSystemScopedKeyIsRefusedByTheCheckAndByTestConnectionBeforeAnythingIsSent() {
        CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();

        FormValidation check = config.doCheckCredentialsId(SYSTEM_ID, "cn-north-4");
        FormValidation test = config.doTestConnection(
                "cn-north-4",
                SYSTEM_ID,
                "TOKEN",
                iam.url("/").toString(),
                build.url("/").toString(),
                "");

        assertThat(check.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(check.getMessage()).contains("SYSTEM");
        assertThat(test.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(test.getMessage()).contains("SYSTEM");
        assertThat(iam.getRequestCount()).isZero();
    }

    @Test
    void aDefaultOfAnotherTypeIsRefusedByTheCheckAsByTestConnection() throws Exception {
        FakeCloud.add(
                j.jenkins,
                new StringCredentialsImpl(
                        CredentialsScope.GLOBAL, "secret-text", null, Secret.fromString(Fixtures.SK)));
        CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();

        FormValidation check = config.doCheckCredentialsId("secret-text", "cn-north-4");
        FormValidation test = config.doTestConnection(
                "cn-north-4",
                "secret-text",
                "TOKEN",
                iam.url("/").toString(),
                build.url("/").toString(),
                "");

        assertThat(check.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(check.getMessage()).isEqualTo(test.getMessage()).contains("secret-text");
        assertThat(iam.getRequestCount()).isZero();
    }

    @Test
    void aSystemScopedDefaultFailsTheBuildWithoutSendingAnything() throws Exception {
        CodeArtsBuildGlobalConfiguration.get().setCredentialsId(SYSTEM_ID);
        FreeStyleProject p = j.createFreeStyleProject("p");
        p.getBuildersList().add(FakeCloud.deleteBuilder(JOB_ID));

        FreeStyleBuild b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("'" + SYSTEM_ID + "' were not found", b);
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }

    /** Adds a key in a domain of its own, covering {@code hosts} ("host:port", comma-separated) only. */
    private void addInDomain(String id, String hosts) throws Exception {
        for (CredentialsStore store : CredentialsProvider.lookupStores(j.jenkins)) {
            if (store.getContext() == j.jenkins) {
                store.addDomain(
                        new Domain(id + "-domain", null, List.of(new HostnamePortSpecification(hosts, null))),
                        new HuaweiCloudAccessKeyImpl(
                                CredentialsScope.GLOBAL,
                                id,
                                null,
                                FakeCloud.newAccessKeyId(),
                                Secret.fromString(Fixtures.SK)));
            }
        }
    }

    private String hostOf(MockWebServer server) {
        return server.url("/").host() + ":" + server.getPort();
    }

    /**
     * The forms offer what the build will find: a key whose domain leaves out the IAM host is neither offered nor
     * accepted by the check, in a job's form and on the system page; one whose domain covers both hosts is. A region
     * given by a build variable hides nothing, as its URLs are not known yet.
     */
    @Test
    void theFormsOfferOnlyKeysWhoseDomainCoversTheUrlsTheBuildCalls() throws Exception {
        addInDomain(RESTRICTED_ID, hostOf(build));
        addInDomain("both-hosts-ak", hostOf(build) + ", " + hostOf(iam));
        FreeStyleProject p = j.createFreeStyleProject("p");
        var job = j.jenkins.getDescriptorByType(DeleteBuildJobBuilder.DescriptorImpl.class);
        var global = CodeArtsBuildGlobalConfiguration.get();

        assertThat(values(job.doFillCredentialsIdItems(p, "", "")))
                .contains("both-hosts-ak", FakeCloud.CREDENTIALS_ID)
                .doesNotContain(RESTRICTED_ID);
        assertThat(values(global.doFillCredentialsIdItems("", "cn-north-4")))
                .contains("both-hosts-ak")
                .doesNotContain(RESTRICTED_ID);
        assertThat(job.doCheckCredentialsId(p, RESTRICTED_ID, "").kind).isEqualTo(FormValidation.Kind.ERROR);
        FormValidation onTheSystemPage = global.doCheckCredentialsId(RESTRICTED_ID, "cn-north-4");
        assertThat(onTheSystemPage.kind).isEqualTo(FormValidation.Kind.ERROR);
        // the system page has no build and no job to speak of
        assertThat(onTheSystemPage.getMessage())
                .contains("not found among the credentials of Jenkins that builds can use")
                .doesNotContain("this build", "this job");
        assertThat(job.doCheckCredentialsId(p, "both-hosts-ak", "").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(values(job.doFillCredentialsIdItems(p, "", "${REGION}"))).contains(RESTRICTED_ID);
    }

    @Test
    void aKeyRestrictedToTheBuildHostIsNotSentToAnotherIam() throws Exception {
        addInDomain(RESTRICTED_ID, hostOf(build));
        FreeStyleProject p = j.createFreeStyleProject("p");
        DeleteBuildJobBuilder step = FakeCloud.deleteBuilder(JOB_ID);
        step.setCredentialsId(RESTRICTED_ID);
        p.getBuildersList().add(step);

        FreeStyleBuild b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("'" + RESTRICTED_ID + "' were not found", b);
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }
}
