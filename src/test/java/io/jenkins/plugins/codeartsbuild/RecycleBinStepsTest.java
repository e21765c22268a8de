package io.jenkins.plugins.codeartsbuild;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.codeartsbuild.client.FakeCodeArtsBuild;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummaryAction;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code codeartsRestoreBuildJob} in declarative {@code steps {}} (validated before any stage runs), in scripted
 * Pipeline with its result, and as a freestyle build step; the delete step's {@code purge} and age filters in
 * declarative {@code steps {}}; config round trips. Against the client's fake CodeArts Build with its recycle bin.
 */
@WithJenkins
class RecycleBinStepsTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private FakeCodeArtsBuild fake;
    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule j) throws Exception {
        this.j = j;
        fake = FakeCloud.serve(j, iam, build);
    }

    private FakeCodeArtsBuild.Job binned(String name) {
        FakeCodeArtsBuild.Job job = fake.add(name, PROJECT_ID);
        fake.jobs.remove(job);
        fake.bin.put(job);
        return job;
    }

    private WorkflowRun pipeline(String script, Result expected) throws Exception {
        return FakeCloud.pipeline(j, script, expected);
    }

    private WorkflowRun declarative(String steps, Result expected) throws Exception {
        return pipeline(
                "pipeline {\n  agent none\n  stages {\n    stage('Undo') {\n      steps {\n" + steps
                        + "\n      }\n    }\n  }\n}",
                expected);
    }

    @Test
    void everyRestoreOptionIsAcceptedInDeclarativeSteps() throws Exception {
        FakeCodeArtsBuild.Job a = binned("pr-7-build");
        FakeCodeArtsBuild.Job b = binned("pr-7-test");

        WorkflowRun run = declarative(
                "codeartsRestoreBuildJob jobIds: ['" + a.id() + "'], credentialsId: 'huawei-ak', region: 'cn-north-4', "
                        + "parallelism: 2, maxJobs: 5\n"
                        + "codeartsRestoreBuildJob jobNamePrefix: 'pr-7-', dryRun: true, ignoreMissing: true, "
                        + "codeArtsProjectId: '" + PROJECT_ID + "'\n"
                        + "codeartsRestoreBuildJob jobNamePattern: 'pr-7-*'\n"
                        + "codeartsRestoreBuildJob jobName: 'gone', ignoreMissing: true\n"
                        + "codeartsRestoreBuildJob jobId: '" + a.id() + "', ignoreMissing: true",
                Result.SUCCESS);

        j.assertLogContains("pr-7-build (" + a.id() + "): restored", run);
        j.assertLogContains("pr-7-test (" + b.id() + "): in the recycle bin", run);
        j.assertLogContains("gone: not in the recycle bin: nothing was restored.", run);
        assertThat(fake.jobs).contains(a, b);
        assertThat(fake.bin.holds(a.id())).isFalse();
    }

    @Test
    void aDryRunWithAnIdNotInTheBinFailsSayingItCheckedAndRestoredNothing() throws Exception {
        FakeCodeArtsBuild.Job a = binned("nightly");
        String absent = FakeCodeArtsBuild.newId();

        WorkflowRun b = pipeline(
                "codeartsRestoreBuildJob jobIds: ['" + a.id() + "', '" + absent + "'], dryRun: true", Result.FAILURE);

        j.assertLogContains(
                "1 of 2 CodeArts Build jobs the dry run checked could not be restored as asked (nothing was restored):",
                b);
        j.assertLogNotContains("every job was attempted", b);
        assertThat(fake.bin.holds(a.id())).isTrue();
    }

    @Test
    void theScriptedResultSaysWhatWasRestoredAndAJobNotInTheBinFailsTheBuild() throws Exception {
        FakeCodeArtsBuild.Job a = binned("nightly");
        String absent = FakeCodeArtsBuild.newId();

        WorkflowRun ok = pipeline(
                "def r = codeartsRestoreBuildJob jobIds: ['" + a.id() + "']\n"
                        + "echo \"restored=${r.restored} missing=${r.notInRecycleBin} status=${r.jobs[0].status}\"",
                Result.SUCCESS);
        j.assertLogContains("restored=1 missing=0 status=RESTORED", ok);

        WorkflowRun failed = pipeline("codeartsRestoreBuildJob jobIds: ['" + absent + "']", Result.FAILURE);
        j.assertLogContains(absent + ": not in the recycle bin", failed);
        assertThat(fake.seen)
                .noneMatch(s -> s.request().getUrl().encodedPath().endsWith("recycling-restoration")
                        && s.request().getBody().utf8().contains(absent));
    }

    @Test
    void anAbortedRestoreSaysWhatItDidOnTheBuildPageBeforeTheBuildEnds() throws Exception {
        FakeCodeArtsBuild.Job held = binned("held-1");
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        fake.override = q -> {
            if (q.getUrl().encodedPath().endsWith("recycling-restoration")) {
                arrived.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return null;
        };
        try {
            WorkflowJob job = j.createProject(WorkflowJob.class);
            job.setDefinition(new CpsFlowDefinition("codeartsRestoreBuildJob jobIds: ['" + held.id() + "']", true));
            WorkflowRun b = job.scheduleBuild2(0).waitForStart();
            assertThat(arrived.await(30, TimeUnit.SECONDS)).isTrue();

            b.getExecutor().interrupt(Result.ABORTED);
            j.waitForCompletion(b);

            j.assertBuildStatus(Result.ABORTED, b);
            j.assertLogContains("Aborted: restored 0, failed 0, unknown (in flight when aborted) 1", b);
            CleanupSummaryAction summary = b.getAction(CleanupSummaryAction.class);
            assertThat(summary).isNotNull();
            assertThat(summary.getSummary().getCounts()).containsEntry("UNKNOWN", 1);
        } finally {
            release.countDown();
        }
    }

    @Test
    void purgeAndTheAgeFiltersAreAcceptedInDeclarativeSteps() throws Exception {
        FakeCodeArtsBuild.Job tmp = fake.add("tmp-1", PROJECT_ID);
        fake.add("pr-9", PROJECT_ID);

        WorkflowRun run = declarative(
                "codeartsDeleteBuildJob jobIds: ['" + tmp.id() + "'], purge: true\n"
                        + "codeartsDeleteBuildJob jobNamePrefix: 'pr-', notBuiltForDays: 14, onlyDisabled: false, "
                        + "keepNeverBuilt: false, dryRun: true\n"
                        + "codeartsFindBuildJobs jobNamePrefix: 'pr-', notBuiltForDays: 30, keepNeverBuilt: true",
                Result.SUCCESS);

        j.assertLogContains("This cannot be undone.", run);
        j.assertLogContains("removed from the recycle bin for good", run);
        assertThat(fake.bin.holds(tmp.id())).isFalse();
    }

    @Test
    void aJobSomeoneElseDeletedIsNotPurgedAndTheResultSaysSo() throws Exception {
        FakeCodeArtsBuild.Job earlier = binned("deleted-by-a-colleague");

        WorkflowRun run = pipeline(
                "def r = codeartsDeleteBuildJob jobIds: ['" + earlier.id() + "'], ignoreMissing: true, purge: true\n"
                        + "echo \"status=${r.jobs[0].status} purge=${r.jobs[0].purgeStatus} purged=${r.purged}\"",
                Result.SUCCESS);

        j.assertLogContains("status=ALREADY_GONE purge=DELETED_EARLIER purged=0", run);
        j.assertLogContains("left in the recycle bin, where it can still be restored", run);
        assertThat(fake.bin.holds(earlier.id())).isTrue();
        assertThat(fake.seen).noneMatch(s -> s.request().getUrl().encodedPath().endsWith("recycling-deletion"));
    }

    @Test
    void aDeleteSaysWhereToRestoreFromAndItsResultSaysSo() throws Exception {
        FakeCodeArtsBuild.Job job = fake.add("old", PROJECT_ID);

        WorkflowRun run = pipeline(
                "def r = codeartsDeleteBuildJob jobId: '" + job.id() + "'\necho \"restoreFrom=${r.restoreFrom}\"",
                Result.SUCCESS);

        j.assertLogContains("codeartsRestoreBuildJob", run);
        j.assertLogContains("restoreFrom=RECYCLE_BIN", run);
    }

    @Test
    void theFreestyleStepRestoresAndItsConfigurationRoundTrips() throws Exception {
        FakeCodeArtsBuild.Job a = binned("fs-1");
        RestoreBuildJobBuilder before = new RestoreBuildJobBuilder();
        before.setJobIds(List.of(a.id()));
        before.setParallelism(3);
        before.setIgnoreMissing(true);
        FreeStyleProject p = j.createFreeStyleProject("restore");
        p.getBuildersList().add(before);

        p = j.configRoundtrip(p);
        j.assertEqualDataBoundBeans(before, p.getBuildersList().get(RestoreBuildJobBuilder.class));

        FreeStyleBuild b = j.buildAndAssertSuccess(p);
        j.assertLogContains("fs-1 (" + a.id() + "): restored", b);
        assertThat(fake.jobs).contains(a);
    }

    @Test
    void theDeleteBuildersPurgeRoundTrips() throws Exception {
        DeleteBuildJobBuilder before = FakeCloud.deleteBuilder(FakeCodeArtsBuild.newId());
        before.setPurge(true);
        before.setNotBuiltForDays(null);
        FreeStyleProject p = j.createFreeStyleProject("purge");
        p.getBuildersList().add(before);

        p = j.configRoundtrip(p);

        DeleteBuildJobBuilder after = p.getBuildersList().get(DeleteBuildJobBuilder.class);
        j.assertEqualDataBoundBeans(before, after);
        assertThat(after.isPurge()).isTrue();
    }
}
