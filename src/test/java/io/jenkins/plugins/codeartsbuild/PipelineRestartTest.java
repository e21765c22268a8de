package io.jenkins.plugins.codeartsbuild;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.JOB_ID;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * A step whose call is in flight when the controller restarts cannot go on (its thread and connections are gone):
 * the resumed build fails the step at once, sends nothing more, and the log says what to do before running it again.
 */
class PipelineRestartTest {

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    @Test
    void aStepInFlightAtARestartFailsAndSaysWhatToDo() throws Throwable {
        sessions.then(j -> {
            FakeCloud.configure(j, iam, build);
            iam.enqueue(Fixtures.token("tok"));
            build.enqueue(new MockResponse.Builder()
                    .onResponseStart(SocketEffect.Stall.INSTANCE)
                    .build());
            WorkflowJob job = j.createProject(WorkflowJob.class, "cleanup");
            job.setDefinition(new CpsFlowDefinition("codeartsDeleteBuildJob jobId: '" + JOB_ID + "'", true));
            job.scheduleBuild2(0).waitForStart();
            assertThat(build.takeRequest(30, TimeUnit.SECONDS)).isNotNull();
        });
        sessions.then(j -> {
            WorkflowRun b =
                    j.jenkins.getItemByFullName("cleanup", WorkflowJob.class).getBuildByNumber(1);

            j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(b));
            j.assertLogContains(Messages.Log_resumed(), b);
            j.assertLogContains("cannot be resumed after a controller restart", b);
            assertThat(build.getRequestCount()).isEqualTo(1);
        });
    }
}
