package io.jenkins.plugins.codeartsbuild;

import static io.jenkins.plugins.codeartsbuild.FakeCloud.Jobs.A;
import static io.jenkins.plugins.codeartsbuild.FakeCloud.Jobs.B;
import static io.jenkins.plugins.codeartsbuild.FakeCloud.Jobs.C;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummaryAction;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Aborting a Pipeline while a batch is in flight: the calls are cancelled, nothing more is sent, and the log and the
 * build page say what was deleted, what was in flight and what was not attempted before the build ends (the step waits
 * for that report instead of ending at once, as {@code SynchronousNonBlockingStepExecution} would).
 */
@WithJenkins
class PipelineAbortTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private final FakeCloud.Jobs fake = new FakeCloud.Jobs();

    @BeforeEach
    void setUp(JenkinsRule j) throws Exception {
        FakeCloud.configure(j, iam, build);
        iam.enqueue(Fixtures.token("tok"));
        build.setDispatcher(fake);
    }

    @AfterEach
    void releaseTheServer() {
        fake.release();
    }

    @Test
    void anAbortedBatchSaysWhatItDidBeforeTheBuildEnds(JenkinsRule j) throws Exception {
        fake.stalled.add(B);
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(
                "codeartsDeleteBuildJob jobIds: ['" + A + "', '" + B + "', '" + C + "'], parallelism: 1", true));
        WorkflowRun b = job.scheduleBuild2(0).waitForStart();
        assertThat(fake.stalledArrived.await(30, TimeUnit.SECONDS)).isTrue();

        b.getExecutor().interrupt(Result.ABORTED);
        j.waitForCompletion(b);

        j.assertBuildStatus(Result.ABORTED, b);
        // the log is complete when the build is: the report came before the end
        j.assertLogContains(
                "Aborted: deleted 1, already gone 0, failed 0, unknown (in flight when aborted) 1, not attempted 1 of 3.",
                b);
        j.assertLogContains(B + ": unknown: its delete was in flight when the build was aborted.", b);
        j.assertLogNotContains("\tat ", b);
        assertThat(fake.deleted).containsExactly(A);
        assertThat(fake.deletesAsked).containsExactly(A, B);
        // the build page says the same, attached before the step ended (bad input 43)
        CleanupSummaryAction summary = b.getAction(CleanupSummaryAction.class);
        assertThat(summary).isNotNull();
        assertThat(summary.getSummary().getCounts())
                .containsEntry("DELETED", 1)
                .containsEntry("UNKNOWN", 1)
                .containsEntry("NOT_ATTEMPTED", 1);
    }

    @Test
    void anAbortedSingleDeleteLeavesItsOutcomeOnTheBuildPage(JenkinsRule j) throws Exception {
        fake.stalled.add(A);
        WorkflowJob job = j.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition("codeartsDeleteBuildJob jobId: '" + A + "'", true));
        WorkflowRun b = job.scheduleBuild2(0).waitForStart();
        assertThat(fake.stalledArrived.await(30, TimeUnit.SECONDS)).isTrue();

        b.getExecutor().interrupt(Result.ABORTED);
        j.waitForCompletion(b);

        j.assertBuildStatus(Result.ABORTED, b);
        CleanupSummaryAction summary = b.getAction(CleanupSummaryAction.class);
        assertThat(summary).isNotNull();
        assertThat(summary.getSummary().getCounts()).containsExactly(java.util.Map.entry("UNKNOWN", 1));
    }
}
