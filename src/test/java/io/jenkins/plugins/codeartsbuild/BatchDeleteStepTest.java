package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Many jobs at once, from Pipeline (sandboxed) and freestyle: each selector, a dry run, the maxJobs guard, the
 * companion find step, and the flat Pipeline syntax through the snippet generator and config round trips. The fake
 * CodeArts Build serves a job list and deletes what it is asked to, recording every request.
 */
@WithJenkins
class BatchDeleteStepTest {

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static final String A = FakeCloud.Jobs.A;
    private static final String B = FakeCloud.Jobs.B;
    private static final String C = FakeCloud.Jobs.C;
    private static final String PROJECT = FakeCloud.Jobs.PROJECT;

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private final FakeCloud.Jobs fake = new FakeCloud.Jobs();
    private final Map<String, String> jobs = fake.jobs;
    private final List<String> deleted = fake.deleted;
    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule j) throws Exception {
        this.j = j;
        FakeCloud.configure(j, iam, build);
        iam.enqueue(Fixtures.token("tok"));
        build.setDispatcher(fake);
    }

    private WorkflowRun run(String script, Result expected) throws Exception {
        return FakeCloud.pipeline(j, script, expected);
    }

    /**
     * A key refused at the first delete of 25 (signed requests with an IAM project id: nothing asked IAM first): the
     * refusal is worded once, every job never sent says so in a short line naming no other call's request, and the
     * build's message lists the first 20 failed jobs, then how many more the log has.
     */
    @Test
    void aKeyRefusedInABigBatchIsWordedOnceAndTheMessageListsTwentyJobs() throws Exception {
        CodeArtsBuildGlobalConfiguration config = CodeArtsBuildGlobalConfiguration.get();
        config.setAuthMode(AuthMode.SIGNATURE);
        config.setProjectId(Fixtures.IAM_PROJECT_ID);
        build.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return Fixtures.error(401, "APIGW.0301", "verify aksk signature fail");
            }
        });
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(String.format("%032x", i + 1));
        }

        WorkflowRun b =
                run("codeartsDeleteBuildJob jobIds: ['" + String.join("', '", ids) + "'], maxJobs: 25", Result.FAILURE);

        assertThat(build.getRequestCount()).isEqualTo(1);
        String log = JenkinsRule.getLog(b);
        // the refused job (whichever call went first) is worded in its line and first in the message
        assertThat(log.split("verify aksk signature fail", -1).length - 1).isEqualTo(2);
        assertThat(log.split("not sent, as an earlier call of this run had the key refused", -1).length - 1)
                .as("24 job lines, and 19 of the message's")
                .isEqualTo(24 + 19);
        j.assertLogContains("... and 5 more, each in the log above.", b);
    }

    @Test
    void jobIdsDeletesEachOnceAndReturnsOneEntryPerJob() throws Exception {
        WorkflowRun b = run(
                "def r = codeartsDeleteBuildJob jobIds: ['" + A + "', '" + B + "', '" + A + "']\n"
                        + "echo \"deleted=${r.deleted} total=${r.total} duplicates=${r.duplicatesRemoved} "
                        + "first=${r.jobs[0].jobId}:${r.jobs[0].status}\"",
                Result.SUCCESS);

        j.assertLogContains("deleted=2 total=2 duplicates=1 first=" + A + ":DELETED", b);
        j.assertLogContains("Summary: deleted 2, already gone 0, failed 0 of 2.", b);
        assertThat(deleted).containsExactlyInAnyOrder(A, B);
        assertThat(iam.getRequestCount()).isEqualTo(1);
    }

    @Test
    void jobNameDeletesExactlyThatJobAndTakesStarsLiterally() throws Exception {
        jobs.put("ddddddddddddddddddddddddddddddd4", "pr-*");

        WorkflowRun b = run("codeartsDeleteBuildJob jobName: 'pr-*'", Result.SUCCESS);

        j.assertLogContains("jobName 'pr-*' matched 1 CodeArts Build jobs", b);
        assertThat(deleted).containsExactly("ddddddddddddddddddddddddddddddd4");
    }

    @Test
    void aMissingNameFailsUnlessMissingJobsAreTolerated() throws Exception {
        WorkflowRun failed = run("codeartsDeleteBuildJob jobName: 'nope'", Result.FAILURE);
        j.assertLogContains("No CodeArts Build job is named 'nope'", failed);

        WorkflowRun tolerated = run(
                "def r = codeartsDeleteBuildJob jobName: 'nope', ignoreMissing: true\necho \"gone=${r.alreadyGone}\"",
                Result.SUCCESS);
        j.assertLogContains("gone=1", tolerated);
        assertThat(deleted).isEmpty();
    }

    @Test
    void aPatternDryRunDeletesNothingThenTheRealRunDeletesTheMatches() throws Exception {
        WorkflowRun dry = run(
                "pipeline {\n  agent none\n  stages {\n"
                        + "    stage('Preview') { steps { script {\n"
                        + "      def r = codeartsDeleteBuildJob jobNamePattern: 'pr-*', dryRun: true\n"
                        + "      echo \"wouldDelete=${r.wouldDelete} dryRun=${r.dryRun}\"\n"
                        + "    } } }\n"
                        + "    stage('Delete') { steps {\n"
                        + "      codeartsDeleteBuildJob jobNamePattern: 'pr-*'\n"
                        + "    } }\n"
                        + "  }\n}",
                Result.SUCCESS);

        j.assertLogContains("wouldDelete=2 dryRun=true", dry);
        j.assertLogContains("Dry run: each job is checked, nothing is deleted.", dry);
        j.assertLogContains("pr-1-build (" + A + "): would be deleted", dry);
        j.assertLogContains("Summary: deleted 2, already gone 0, failed 0 of 2.", dry);
        assertThat(deleted).containsExactlyInAnyOrder(A, B);
        assertThat(jobs).containsOnlyKeys(C);
    }

    @Test
    void theGuardRefusesMoreThanMaxJobsBeforeDeletingAnything() throws Exception {
        WorkflowRun b = run("codeartsDeleteBuildJob jobNamePattern: '*', maxJobs: 2", Result.FAILURE);

        j.assertLogContains("resolved to 3 jobs, more than maxJobs (2): nothing was deleted", b);
        assertThat(deleted).isEmpty();
    }

    @Test
    void twoSelectorsAreRefusedBeforeAnythingIsSent() throws Exception {
        WorkflowRun b = run("codeartsDeleteBuildJob jobId: '" + A + "', jobName: 'main'", Result.FAILURE);

        j.assertLogContains(
                "Set only one of jobId, jobIds, jobName, jobNamePattern and jobNamePrefix; given: jobId, jobName.", b);
        assertThat(build.getRequestCount()).isZero();
        assertThat(iam.getRequestCount()).isZero();
    }

    @Test
    void aFailedJobFailsTheBuildAfterEveryJobWasAttempted() throws Exception {
        String missing = "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeee5";

        WorkflowRun b = run("codeartsDeleteBuildJob jobIds: ['" + missing + "', '" + A + "']", Result.FAILURE);

        j.assertLogContains("1 of 2 CodeArts Build jobs could not be deleted", b);
        j.assertLogContains(missing + ": FAILED: CodeArts Build answered HTTP 404", b);
        j.assertLogNotContains("\tat ", b);
        assertThat(deleted).containsExactly(A);
    }

    @Test
    void aDryRunThatFindsAJobMissingFailsSayingItCheckedAndDeletedNothing() throws Exception {
        String missing = "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeee5";

        WorkflowRun b =
                run("codeartsDeleteBuildJob jobIds: ['" + missing + "', '" + A + "'], dryRun: true", Result.FAILURE);

        j.assertLogContains(
                "1 of 2 CodeArts Build jobs the dry run checked would fail or could not be checked (nothing was deleted):",
                b);
        j.assertLogNotContains("every job was attempted", b);
        assertThat(fake.deletesAsked).isEmpty();
    }

    @Test
    void aListWithAnUnsetParameterIsRefusedWithTheIdRuleNotACrash() throws Exception {
        WorkflowRun b = run("codeartsDeleteBuildJob jobIds: ['" + A + "', null]", Result.FAILURE);

        j.assertLogContains("1 of the 2 job ids are not valid", b);
        j.assertLogNotContains("NullPointerException", b);
        j.assertLogNotContains("\tat ", b);
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void theFindStepReturnsMapsAScriptCanChooseFrom() throws Exception {
        WorkflowRun b = run(
                "def found = codeartsFindBuildJobs jobNamePattern: 'pr-?-build'\n"
                        + "def ids = found.findAll { it.name.startsWith('pr-1') }.collect { it.jobId }\n"
                        + "echo \"found=${found.size()} chosen=${ids}\"\n"
                        + "codeartsDeleteBuildJob jobIds: ids",
                Result.SUCCESS);

        j.assertLogContains("found=2 chosen=[" + A + "]", b);
        assertThat(deleted).containsExactly(A);
    }

    @Test
    void theFindStepRefusesMoreMatchesThanItsLimitInsteadOfCuttingThem() throws Exception {
        WorkflowRun b = run("codeartsFindBuildJobs jobNamePattern: 'pr-?-build', limit: 1", Result.FAILURE);

        j.assertLogContains("More than 1 CodeArts Build jobs match 'pr-?-build'", b);
        j.assertLogNotContains("\tat ", b);
        assertThat(deleted).isEmpty();
    }

    @Test
    void aFreestyleBatchExpandsVariablesInEachLine() throws Exception {
        // the project's own name is the second id: ${JOB_NAME} is a variable every freestyle build has
        FreeStyleProject p = j.createFreeStyleProject(B);
        DeleteBuildJobBuilder builder = new DeleteBuildJobBuilder();
        builder.setJobIds(List.of(A, "${JOB_NAME}"));
        p.getBuildersList().add(builder);

        FreeStyleBuild b = j.buildAndAssertSuccess(p);

        j.assertLogContains("Summary: deleted 2, already gone 0, failed 0 of 2.", b);
        assertThat(deleted).containsExactlyInAnyOrder(A, B);
    }

    @Test
    void aFreestyleNameWithAnUnsetVariableIsRefused() throws Exception {
        FreeStyleProject p = j.createFreeStyleProject("fs");
        DeleteBuildJobBuilder builder = new DeleteBuildJobBuilder();
        builder.setJobName("${NOT_SET}");
        builder.setIgnoreMissing(true);
        p.getBuildersList().add(builder);

        FreeStyleBuild b = j.buildAndAssertStatus(Result.FAILURE, p);

        j.assertLogContains("jobName '${NOT_SET}' uses ${NOT_SET}, which has no value in this build", b);
        assertThat(build.getRequestCount()).isZero();
    }

    @Test
    void theFreestyleFormKeepsEveryOption() throws Exception {
        DeleteBuildJobBuilder before = new DeleteBuildJobBuilder();
        before.setJobIds(List.of(A, "${SECOND}"));
        before.setDryRun(true);
        before.setMaxJobs(7);
        before.setParallelism(2);
        before.setIgnoreMissing(true);
        FreeStyleProject p = j.createFreeStyleProject("fs");
        p.getBuildersList().add(before);

        p = j.configRoundtrip(p);

        j.assertEqualDataBoundBeans(before, p.getBuildersList().get(DeleteBuildJobBuilder.class));
    }

    @Test
    void thePipelineFormKeepsEveryOption() throws Exception {
        DeleteBuildJobStep step = new DeleteBuildJobStep();
        step.setJobNamePattern("pr-*");
        step.setCodeArtsProjectId(PROJECT);
        step.setDryRun(true);
        step.setMaxJobs(7);
        step.setParallelism(2);

        j.assertEqualDataBoundBeans(step, new StepConfigTester(j).configRoundTrip(step));
    }

    @Test
    void theSyntaxIsFlatInSnippetsAndParsing() throws Exception {
        SnippetizerTester snippets = new SnippetizerTester(j);
        DeleteBuildJobStep ids = new DeleteBuildJobStep();
        ids.setJobIds(List.of(A, B));
        // the snippet generator puts a sole list argument in parentheses (Snippetizer.isSingleList); both forms parse
        snippets.assertRoundTrip(ids, "codeartsDeleteBuildJob(jobIds: ['" + A + "', '" + B + "'])");
        snippets.assertParseStep(ids, "codeartsDeleteBuildJob jobIds: ['" + A + "', '" + B + "']");
        DeleteBuildJobStep pattern = new DeleteBuildJobStep();
        pattern.setJobNamePattern("pr-*");
        pattern.setDryRun(true);
        snippets.assertRoundTrip(pattern, "codeartsDeleteBuildJob dryRun: true, jobNamePattern: 'pr-*'");
        // the form's text area (one id per line) becomes the same flat list
        snippets.assertGenerateSnippet(
                "{\"stapler-class\":\"" + DeleteBuildJobStep.class.getName() + "\",\"jobId\":\"\",\"jobIds\":\"" + A
                        + "\\n" + B + "\\n\",\"jobName\":\"\",\"jobNamePattern\":\"\",\"jobNamePrefix\":\"\","
                        + "\"maxJobs\":\"50\",\"parallelism\":\"4\"}",
                "codeartsDeleteBuildJob(jobIds: ['" + A + "', '" + B + "'])",
                null);
        // an empty text area is no list at all, not an empty one: the snippet names the job id only, by its name
        snippets.assertGenerateSnippet(
                "{\"stapler-class\":\"" + DeleteBuildJobStep.class.getName() + "\",\"jobId\":\"" + A
                        + "\",\"jobIds\":\"\",\"jobName\":\"\",\"jobNamePattern\":\"\",\"jobNamePrefix\":\"\","
                        + "\"maxJobs\":\"50\",\"parallelism\":\"4\"}",
                "codeartsDeleteBuildJob jobId: '" + A + "'",
                null);
        // blank number fields keep their defaults: Stapler would bind them as 0, which the run refuses
        snippets.assertGenerateSnippet(
                "{\"stapler-class\":\"" + DeleteBuildJobStep.class.getName() + "\",\"jobId\":\"" + A
                        + "\",\"jobIds\":\"\",\"jobName\":\"\",\"jobNamePattern\":\"\",\"jobNamePrefix\":\"\","
                        + "\"maxJobs\":\"\",\"parallelism\":\" \"}",
                "codeartsDeleteBuildJob jobId: '" + A + "'",
                null);
        DeleteBuildJobStep prefix = new DeleteBuildJobStep();
        prefix.setJobNamePrefix("pr-12-");
        snippets.assertRoundTrip(prefix, "codeartsDeleteBuildJob jobNamePrefix: 'pr-12-'");
        FindBuildJobsStep find = new FindBuildJobsStep();
        find.setJobNamePattern("pr-*");
        snippets.assertRoundTrip(find, "codeartsFindBuildJobs jobNamePattern: 'pr-*'");
        find.setLimit(7);
        snippets.assertRoundTrip(find, "codeartsFindBuildJobs jobNamePattern: 'pr-*', limit: 7");
        // a blank limit keeps its default, which the snippet leaves out
        snippets.assertGenerateSnippet(
                "{\"stapler-class\":\"" + FindBuildJobsStep.class.getName() + "\",\"jobName\":\"\","
                        + "\"jobNamePattern\":\"pr-*\",\"jobNamePrefix\":\"\",\"limit\":\"\"}",
                "codeartsFindBuildJobs jobNamePattern: 'pr-*'",
                null);
        SnippetizerTester.assertDocGeneration(DeleteBuildJobStep.class);
        SnippetizerTester.assertDocGeneration(FindBuildJobsStep.class);
    }
}
