package io.jenkins.plugins.codeartsbuild;

import static io.jenkins.plugins.codeartsbuild.FakeCloud.Jobs.A;
import static io.jenkins.plugins.codeartsbuild.FakeCloud.Jobs.B;
import static io.jenkins.plugins.codeartsbuild.FakeCloud.Jobs.C;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Each selector of both steps written directly in a declarative {@code steps { }} block, where declarative validates
 * the arguments against the step's model before any stage runs (inside {@code script { }} nothing is validated, so a
 * test there proves nothing): a required constructor parameter would refuse every call that omits it.
 */
@WithJenkins
class DeclarativePipelineTest {

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private final FakeCloud.Jobs fake = new FakeCloud.Jobs();
    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule j) throws Exception {
        this.j = j;
        FakeCloud.configure(j, iam, build);
        iam.enqueue(Fixtures.token("tok"));
        build.setDispatcher(fake);
    }

    private WorkflowRun declarative(String steps, Result expected) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(
                "pipeline {\n  agent none\n  stages {\n    stage('Clean up') {\n      steps {\n" + steps
                        + "\n      }\n    }\n  }\n}",
                true));
        return j.buildAndAssertStatus(expected, job);
    }

    @Test
    void aJobIdIsAccepted() throws Exception {
        declarative("codeartsDeleteBuildJob jobId: '" + A + "', credentialsId: 'huawei-ak'", Result.SUCCESS);

        assertThat(fake.deleted).containsExactly(A);
    }

    @Test
    void aListOfJobIdsIsAccepted() throws Exception {
        WorkflowRun b = declarative(
                "codeartsDeleteBuildJob jobIds: ['" + A + "', '" + B + "'], parallelism: 2", Result.SUCCESS);

        j.assertLogContains("Summary: deleted 2, already gone 0, failed 0 of 2.", b);
        assertThat(fake.deleted).containsExactlyInAnyOrder(A, B);
    }

    @Test
    void aJobNameIsAccepted() throws Exception {
        declarative("codeartsDeleteBuildJob jobName: 'main', ignoreMissing: true", Result.SUCCESS);

        assertThat(fake.deleted).containsExactly(C);
    }

    @Test
    void aJobNamePatternWithADryRunIsAccepted() throws Exception {
        WorkflowRun b =
                declarative("codeartsDeleteBuildJob jobNamePattern: 'pr-*', dryRun: true, maxJobs: 5", Result.SUCCESS);

        j.assertLogContains("pr-1-build (" + A + "): would be deleted", b);
        assertThat(fake.deleted).isEmpty();
    }

    @Test
    void aJobNamePrefixIsAccepted() throws Exception {
        WorkflowRun b = declarative("codeartsDeleteBuildJob jobNamePrefix: 'pr-2-'", Result.SUCCESS);

        j.assertLogContains("jobNamePrefix 'pr-2-' matched 1 CodeArts Build jobs", b);
        assertThat(fake.deleted).containsExactly(B);
    }

    @Test
    void theFindStepIsAcceptedWithEachSelector() throws Exception {
        WorkflowRun b = declarative(
                "codeartsFindBuildJobs jobName: 'main'\n"
                        + "codeartsFindBuildJobs jobNamePattern: 'pr-?-build', region: 'cn-north-4'\n"
                        + "codeartsFindBuildJobs jobNamePrefix: 'pr-', codeArtsProjectId: '" + FakeCloud.Jobs.PROJECT
                        + "'\n"
                        + "codeartsFindBuildJobs jobNamePattern: 'pr-*', limit: 10",
                Result.SUCCESS);

        j.assertLogContains("Found 1 CodeArts Build jobs matching 'main'", b);
        j.assertLogContains("Found 2 CodeArts Build jobs matching 'pr-?-build'", b);
        assertThat(fake.deleted).isEmpty();
    }

    @Test
    void noSelectorFailsTheStepNotTheCompilation() throws Exception {
        WorkflowRun b = declarative("echo 'stage started'\ncodeartsDeleteBuildJob dryRun: true", Result.FAILURE);

        j.assertLogContains("stage started", b);
        j.assertLogContains("Say which jobs: set one of jobId, jobIds, jobName, jobNamePattern or jobNamePrefix.", b);
        assertThat(build.getRequestCount()).isZero();
    }
}
