package io.jenkins.plugins.codeartsbuild;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.JOB_ID;
import static io.jenkins.plugins.codeartsbuild.client.Fixtures.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.hudson.plugins.folder.Folder;
import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.model.Result;
import hudson.util.Secret;
import io.jenkins.plugins.codeartsbuild.client.FakeCodeArtsBuild;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummaryAction;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class DeleteBuildJobStepTest {

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

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

    private WorkflowRun run(WorkflowJob job, String script, Result expected) throws Exception {
        job.setDefinition(new CpsFlowDefinition(script, true));
        return j.buildAndAssertStatus(expected, job);
    }

    private WorkflowRun run(String script, Result expected) throws Exception {
        return run(j.createProject(WorkflowJob.class), script, expected);
    }

    @Test
    void deletesOutsideNodeAndReturnsAMapUsableInTheSandbox() throws Exception {
        iam.enqueue(Fixtures.token("tok-1"));
        build.enqueue(Fixtures.deleted());

        WorkflowRun b = run(
                "def r = codeartsDeleteBuildJob jobId: '" + JOB_ID + "'\n"
                        + "def job = r.jobs[0]\n"
                        + "echo \"deleted=${r.deleted} total=${r.total} wouldDelete=${r.wouldDelete} "
                        + "jobId=${job.jobId} codeArtsProjectId=${job.codeArtsProjectId} requestId=${job.requestId} "
                        + "alreadyGone=${job.alreadyGone} attempts=${job.attempts} status=${job.status}\"",
                Result.SUCCESS);

        j.assertLogContains(
                "deleted=1 total=1 wouldDelete=0 jobId=" + JOB_ID + " codeArtsProjectId=" + PROJECT_ID
                        + " requestId=req-ok alreadyGone=false attempts=1 status=DELETED",
                b);
        j.assertLogContains(
                "Deleting CodeArts Build job " + JOB_ID
                        + " in region cn-north-4 with credentials 'huawei-ak' (IAM token)",
                b);
        j.assertLogContains(
                "Deleted CodeArts Build job " + JOB_ID + " (CodeArts project " + PROJECT_ID
                        + ", request id req-ok, attempts: 1).",
                b);
        RecordedRequest delete = build.takeRequest(10, TimeUnit.SECONDS);
        assertThat(delete.getMethod()).isEqualTo("POST");
        assertThat(delete.getTarget()).isEqualTo("/v3/jobs/" + JOB_ID + "/delete");
        assertThat(delete.getHeaders().get("X-Auth-Token")).isEqualTo("tok-1");
    }

    @Test
    void declarativePipelineAsInTheReadme() throws Exception {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());

        WorkflowRun b = run(
                "pipeline {\n  agent none\n  stages {\n    stage('Clean up') {\n      steps {\n"
                        + "        codeartsDeleteBuildJob jobId: '" + JOB_ID + "', credentialsId: 'huawei-ak'\n"
                        + "      }\n    }\n  }\n}",
                Result.SUCCESS);

        j.assertLogContains("Deleted CodeArts Build job " + JOB_ID, b);
    }

    @Test
    void aMissingJobFailsWithStatusCodeRequestIdAndHint() throws Exception {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.error(404, "CB.00060201", "invalid task id"));

        WorkflowRun b = run("codeartsDeleteBuildJob jobId: '" + JOB_ID + "'", Result.FAILURE);

        j.assertLogContains(
                "Could not delete the CodeArts Build job: CodeArts Build answered HTTP 404 to POST /v3/jobs/" + JOB_ID
                        + "/delete: CB.00060201 invalid task id (request id req-404). Check the job id",
                b);
        j.assertLogNotContains("\tat ", b);
        assertThat(build.getRequestCount()).isEqualTo(1);
        // a failed single delete leaves its outcome on the build page too (bad input 43)
        CleanupSummaryAction summary = b.getAction(CleanupSummaryAction.class);
        assertThat(summary).isNotNull();
        assertThat(summary.getSummary().getCounts()).containsEntry("FAILED", 1);
        assertThat(summary.getSummary().getFirstRows().get(0).getRequestId()).isEqualTo("req-404");
    }

    @Test
    void aKeyIamRefusesFailsWithoutAJobOutcomeOnTheBuildPage() throws Exception {
        iam.enqueue(Fixtures.error(401, "IAM.0011", "The AK does not exist"));

        WorkflowRun b = run("codeartsDeleteBuildJob jobId: '" + JOB_ID + "'", Result.FAILURE);

        j.assertLogContains("IAM.0011", b);
        // the job was never asked about: as for a batch whose authentication fails, no outcome is shown for it
        assertThat(b.getAction(CleanupSummaryAction.class)).isNull();
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void ignoreMissingTurnsNotFoundIntoAlreadyDeleted() throws Exception {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.error(404, "CB.00060201", "invalid task id"));

        WorkflowRun b = run(
                "def r = codeartsDeleteBuildJob jobId: '" + JOB_ID + "', ignoreMissing: true\n"
                        + "echo \"alreadyGone=${r.alreadyGone} jobAlreadyGone=${r.jobs[0].alreadyGone}\"",
                Result.SUCCESS);

        j.assertLogContains("alreadyGone=1 jobAlreadyGone=true", b);
        j.assertLogContains("CodeArts Build job " + JOB_ID + " was already deleted (request id req-404", b);
    }

    @Test
    void credentialsOfAFolderAreUsedByItsJobsOnly() throws Exception {
        Folder folder = j.jenkins.createProject(Folder.class, "team");
        FakeCloud.addAccessKey(folder, "team-key");
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(Fixtures.deleted());
        String script = "codeartsDeleteBuildJob jobId: '" + JOB_ID + "', credentialsId: 'team-key'";

        run(folder.createProject(WorkflowJob.class, "inside"), script, Result.SUCCESS);
        WorkflowRun outside = run(script, Result.FAILURE);

        j.assertLogContains("Credentials 'team-key' were not found for this build", outside);
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    @Test
    void unknownCredentialsFailBeforeAnythingIsSent() throws Exception {
        WorkflowRun b = run("codeartsDeleteBuildJob jobId: '" + JOB_ID + "', credentialsId: 'nope'", Result.FAILURE);

        j.assertLogContains("Credentials 'nope' were not found for this build. Expected a Huawei Cloud access key", b);
        j.assertLogNotContains("\tat ", b);
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void credentialsOfAnotherTypeAreRefusedByName() throws Exception {
        FakeCloud.add(
                j.jenkins,
                new StringCredentialsImpl(CredentialsScope.GLOBAL, "text", null, Secret.fromString(Fixtures.SK)));

        WorkflowRun b = run("codeartsDeleteBuildJob jobId: '" + JOB_ID + "', credentialsId: 'text'", Result.FAILURE);

        j.assertLogContains("Credentials 'text' are of type Secret text. Expected a Huawei Cloud access key", b);
        j.assertLogNotContains(Fixtures.SK, b);
        assertThat(iam.getRequestCount()).isZero();
    }

    @Test
    void aBadJobIdSendsNothing() throws Exception {
        WorkflowRun b = run("codeartsDeleteBuildJob jobId: '../x'", Result.FAILURE);

        j.assertLogContains("The job id '../x' is not valid", b);
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void twoBuildsShareOneToken() throws Exception {
        iam.enqueue(Fixtures.token("shared"));
        build.enqueue(Fixtures.deleted());
        build.enqueue(Fixtures.deleted());
        WorkflowJob job = j.createProject(WorkflowJob.class);

        run(job, "codeartsDeleteBuildJob jobId: '" + JOB_ID + "'", Result.SUCCESS);
        run(job, "codeartsDeleteBuildJob jobId: '" + JOB_ID + "'", Result.SUCCESS);

        assertThat(iam.getRequestCount()).isEqualTo(1);
        assertThat(build.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("shared");
        assertThat(build.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("shared");
    }

    @Test
    void abortingTheBuildCancelsTheCallAtOnce() throws Exception {
        iam.enqueue(Fixtures.token("tok"));
        build.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition("codeartsDeleteBuildJob jobId: '" + JOB_ID + "'", true));
        WorkflowRun b = job.scheduleBuild2(0).waitForStart();
        build.takeRequest(30, TimeUnit.SECONDS);
        long start = System.nanoTime();

        b.getExecutor().interrupt(Result.ABORTED);

        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(b));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(build.getRequestCount()).isEqualTo(1);
    }

    @Test
    void unsetParametersGivenAsOptionsMeanTheDefaults() throws Exception {
        // no parameter is defined: every params.X is null, as an unset parameter is (bad input 45)
        iam.enqueue(Fixtures.token("tok-null"));
        build.enqueue(Fixtures.deleted());
        build.enqueue(FakeCodeArtsBuild.json(200, "{\"status\":\"success\",\"result\":{\"total\":0,\"job_list\":[]}}"));

        WorkflowRun b = run(
                "def r = codeartsDeleteBuildJob jobIds: ['" + JOB_ID + "'], maxJobs: params.MAX, "
                        + "parallelism: params.PARALLEL, dryRun: params.PREVIEW, ignoreMissing: params.LENIENT, "
                        + "purge: params.PURGE, onlyDisabled: params.DISABLED, keepNeverBuilt: params.KEEP\n"
                        + "echo \"dryRun=${r.dryRun} deleted=${r.deleted} purged=${r.purged}\"\n"
                        + "def found = codeartsFindBuildJobs jobNamePrefix: 'none-', limit: params.LIMIT, "
                        + "onlyDisabled: params.DISABLED, keepNeverBuilt: params.KEEP\n"
                        + "echo \"found=${found.size()}\"",
                Result.SUCCESS);

        j.assertLogContains("dryRun=false deleted=1 purged=0", b);
        j.assertLogContains("found=0", b);
        j.assertLogContains("at most 4 at a time", b);
        j.assertLogNotContains("\tat ", b);
        j.assertLogNotContains("IllegalArgumentException", b);
    }

    @Test
    void configRoundTrip() throws Exception {
        DeleteBuildJobStep step = FakeCloud.deleteStep(JOB_ID);
        step.setCredentialsId("huawei-ak");
        step.setRegion("cn-east-3");
        step.setIgnoreMissing(true);

        j.assertEqualDataBoundBeans(step, new StepConfigTester(j).configRoundTrip(step));
    }

    @Test
    void snippets() throws Exception {
        SnippetizerTester snippets = new SnippetizerTester(j);
        // no positional form: every option is named, as declarative validates it
        snippets.assertRoundTrip(FakeCloud.deleteStep(JOB_ID), "codeartsDeleteBuildJob jobId: '" + JOB_ID + "'");
        DeleteBuildJobStep full = FakeCloud.deleteStep(JOB_ID);
        full.setCredentialsId("huawei-ak");
        full.setRegion("cn-east-3");
        full.setIgnoreMissing(true);
        snippets.assertParseStep(
                full,
                "codeartsDeleteBuildJob credentialsId: 'huawei-ak', ignoreMissing: true, jobId: '" + JOB_ID
                        + "', region: 'cn-east-3'");
        SnippetizerTester.assertDocGeneration(DeleteBuildJobStep.class);
    }
}
