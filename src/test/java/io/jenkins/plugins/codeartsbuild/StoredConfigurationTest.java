package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.Level;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.LogRecorder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.jvnet.hudson.test.junit.jupiter.WithLocalData;

/**
 * A job's {@code config.xml} as people really have it: written by hand or by Job DSL, or by an older version, without
 * the newer options. XStream creates the builder without its constructor or field initialisers; the options it does
 * not find must get their defaults, the configure page must open, and the build must run.
 */
@WithJenkins
class StoredConfigurationTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    // recording from the test's creation, before Jenkins starts and reads the global configuration's file
    private final LogRecorder logs = new LogRecorder()
            .record(GlobalConfigurationForm.class, Level.WARNING)
            .capture(10);

    @AfterEach
    void stopRecording() {
        logs.close();
    }

    private static List<DeleteBuildJobBuilder> deleteSteps(FreeStyleProject p) {
        return p.getBuildersList().stream()
                .filter(DeleteBuildJobBuilder.class::isInstance)
                .map(DeleteBuildJobBuilder.class::cast)
                .toList();
    }

    @Test
    @WithLocalData
    void anOlderConfigLoadsWithDefaults(JenkinsRule j) throws Exception {
        FakeCloud.configure(j, iam, build);
        FakeCloud.Jobs fake = new FakeCloud.Jobs();
        build.setDispatcher(fake);
        iam.enqueue(Fixtures.token("tok"));

        FreeStyleProject old = j.jenkins.getItemByFullName("old", FreeStyleProject.class);
        List<DeleteBuildJobBuilder> steps = deleteSteps(old);
        assertThat(steps).hasSize(2);
        for (DeleteBuildJobBuilder step : steps) {
            assertThat(step.getMaxJobs()).isEqualTo(JobSelection.DEFAULT_MAX_JOBS);
            assertThat(step.getParallelism()).isEqualTo(JobSelection.DEFAULT_PARALLELISM);
            assertThat(step.getJobIds()).isNull();
            assertThat(step.getJobIdsText()).isEmpty();
            assertThat(step.isIgnoreMissing()).isFalse();
        }
        assertThat(steps.get(0).getJobId()).isEqualTo(FakeCloud.Jobs.A);
        assertThat(steps.get(1).getJobNamePattern()).isEqualTo("pr-*");
        assertThat(steps.get(1).isDryRun()).isTrue();

        // the configure page renders the loaded builders, and saving it keeps them as they were
        j.createWebClient().getPage(old, "configure");
        FreeStyleProject saved = j.configRoundtrip(old);
        j.assertEqualDataBoundBeans(steps.get(0), deleteSteps(saved).get(0));

        FreeStyleBuild b = j.buildAndAssertSuccess(old);
        j.assertLogContains("Deleted CodeArts Build job " + FakeCloud.Jobs.A, b);
        j.assertLogContains("Dry run summary", b);
        assertThat(fake.deleted).containsExactly(FakeCloud.Jobs.A);
    }

    /**
     * A global configuration file edited by hand with bounded numbers out of range: Jenkins starts, every other setting
     * is kept, each such number gets its default with a warning naming the field and its range, and the file itself is
     * left as it is until the configuration is saved.
     */
    @Test
    @WithLocalData
    void anOutOfRangeNumberInAHandEditedGlobalFileGetsItsDefaultWithAWarning(JenkinsRule j) throws Exception {
        CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();

        assertThat(config.getRegion()).isEqualTo("cn-east-3");
        assertThat(config.getConnectTimeoutSeconds()).isEqualTo(15);
        assertThat(config.getReadTimeoutSeconds()).isEqualTo(30);
        assertThat(config.getCallTimeoutSeconds()).isEqualTo(60);
        assertThat(config.getMaxAttempts()).isEqualTo(3);
        assertThat(logs.getMessages())
                .anyMatch(m -> m.contains("maxAttempts must be a whole number from 1 to 10, not 0.")
                        && m.contains("Its default, 3, is used"))
                .anyMatch(m -> m.contains("readTimeoutSeconds must be a whole number from 1 to 600, not 0."))
                .anyMatch(m -> m.contains("callTimeoutSeconds must be a whole number from 1 to 600, not 100000."));
        String onDisk = Files.readString(
                j.jenkins.getRootDir().toPath().resolve(CodeArtsBuildGlobalConfiguration.class.getName() + ".xml"),
                StandardCharsets.UTF_8);
        assertThat(onDisk).contains("<maxAttempts>0</maxAttempts>");
    }

    @Test
    @WithLocalData("anOlderConfigLoadsWithDefaults")
    void theNestedFormOfASnapshotStillLoads(JenkinsRule j) throws Exception {
        FakeCloud.configure(j, iam, build);

        FreeStyleProject snapshot = j.jenkins.getItemByFullName("snapshot", FreeStyleProject.class);
        DeleteBuildJobBuilder step = snapshot.getBuildersList().get(DeleteBuildJobBuilder.class);
        assertThat(step).isNotNull();
        assertThat(step.getMaxJobs()).isEqualTo(JobSelection.DEFAULT_MAX_JOBS);
        j.createWebClient().getPage(snapshot, "configure");

        FreeStyleBuild b = j.buildAndAssertStatus(Result.FAILURE, snapshot);
        j.assertLogContains("Say which jobs: set one of jobId", b);
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }
}
