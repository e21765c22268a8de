package io.jenkins.plugins.codeartsbuild.summary;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.Functions;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.codeartsbuild.FakeCloud;
import io.jenkins.plugins.codeartsbuild.client.FakeCodeArtsBuild;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Operation;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummary.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.jvnet.localizer.LocaleProvider;

/**
 * The summary on the build's page: what the action holds after a Pipeline delete, a dry run and a restore, that the
 * build page and the full list render (in English and Simplified Chinese), that it survives a reload of the build,
 * that parallel branches get a summary each, and that a freestyle build shows it too. Folding:
 * {@link CleanupSummaryActionFoldTest}; a damaged record: {@link CleanupSummaryActionLoadTest}.
 */
@WithJenkins
class CleanupSummaryActionTest {

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

    private WorkflowRun pipeline(String script, Result expected) throws Exception {
        return FakeCloud.pipeline(j, script, expected);
    }

    @Test
    void anAbortWhileTheSummaryIsSavedCutsNeitherTheRecordNorTheCallersInterrupt() throws Exception {
        FreeStyleBuild b = j.buildAndAssertSuccess(j.createFreeStyleProject("interrupted"));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            rows.add(new Row("job-" + i, null, null, "UNKNOWN", 1, null));
        }
        CleanupSummary summary = CleanupSummary.of(Operation.DELETE, false, 250, rows);
        AtomicBoolean keptInterrupt = new AtomicBoolean();
        Thread step = new Thread(() -> {
            CleanupSummaryAction.attach(b, summary);
            keptInterrupt.set(Thread.currentThread().isInterrupted());
        });

        // the save waits for the run's monitor: the abort comes while the summary is being written
        synchronized (b) {
            step.start();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!writingThreadWaitsForTheRun(step) && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertThat(writingThreadWaitsForTheRun(step)).isTrue();
            step.interrupt();
        }
        step.join(30_000);

        assertThat(step.isAlive()).isFalse();
        assertThat(keptInterrupt).as("the caller's interrupt is kept").isTrue();
        b.reload();
        CleanupSummaryAction action = b.getAction(CleanupSummaryAction.class);
        assertThat(action).as("saved whole despite the interrupt").isNotNull();
        assertThat(action.getSummary().getKept()).isEqualTo(250);
    }

    /**
     * Whether the thread that writes the summary (the step's own, or a pool thread running the action's writes: found
     * by its frames, whatever the pool names it) waits for a monitor.
     */
    private static boolean writingThreadWaitsForTheRun(Thread step) {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey() == step
                        || Arrays.stream(e.getValue())
                                .anyMatch(f -> f.getClassName().equals(CleanupSummaryAction.class.getName())))
                .anyMatch(e -> e.getKey().getState() == Thread.State.BLOCKED);
    }

    @Test
    void aPipelineDeleteAndADryRunEachAddASummaryThatRendersAndSurvivesAReload() throws Exception {
        fake.addMany("pr-1", 30, PROJECT_ID);
        fake.addMany("old", 3, PROJECT_ID);

        WorkflowRun run = pipeline(
                "codeartsDeleteBuildJob jobNamePrefix: 'pr-1-'\n"
                        + "codeartsDeleteBuildJob jobNamePrefix: 'old-', dryRun: true",
                Result.SUCCESS);

        List<CleanupSummaryAction> actions = run.getActions(CleanupSummaryAction.class);
        assertThat(actions).hasSize(2);
        CleanupSummary delete = actions.get(0).getSummary();
        assertThat(delete.dryRun).isFalse();
        assertThat(delete.total).isEqualTo(30);
        assertThat(delete.getCounts()).containsEntry("DELETED", 30);
        assertThat(delete.getFirstRows()).hasSize(CleanupSummary.FIRST_ROWS);
        assertThat(actions.get(1).getSummary().dryRun).isTrue();
        assertThat(actions.get(0).getUrlName()).isNotEqualTo(actions.get(1).getUrlName());

        JenkinsRule.WebClient wc = j.createWebClient();
        HtmlPage page = wc.getPage(run);
        // the row's stored project id, read by the view through its getter (a misspelt property renders nothing)
        assertThat(page.asNormalizedText()).contains("CodeArts Build cleanup", "pr-1-0", "All 30 jobs", PROJECT_ID);
        HtmlPage all = wc.getPage(run, actions.get(0).getUrlName() + "/");
        assertThat(all.asNormalizedText()).contains("Page 1 of 1, 30 jobs in all.", "pr-1-29", PROJECT_ID);
        HtmlPage bad = wc.getPage(run, actions.get(0).getUrlName() + "/?page=-7");
        assertThat(bad.asNormalizedText()).contains("Page 1 of 1");

        // the harness does not run WebAppMain, which installs the provider that reads the request's language
        LocaleProvider previous = LocaleProvider.getProvider();
        LocaleProvider.setProvider(new LocaleProvider() {
            @Override
            public Locale get() {
                return Functions.getCurrentLocale();
            }
        });
        try {
            wc.addRequestHeader("Accept-Language", "zh-CN");
            assertThat(wc.getPage(run).asNormalizedText()).contains("CodeArts Build \u6e05\u7406");
        } finally {
            LocaleProvider.setProvider(previous);
        }

        // what XStream wrote to build.xml: the counts and first rows, not every row (those are in the side file)
        String record = java.nio.file.Files.readString(new java.io.File(run.getRootDir(), "build.xml").toPath());
        assertThat(record).contains("pr-1-0").doesNotContain("pr-1-29");
        // and reads back: WorkflowRun.reload calls onLoad again (a created run counts as loaded), which accepts it
        run.reload();
        CleanupSummaryAction reloaded =
                run.getActions(CleanupSummaryAction.class).get(0);
        assertThat(reloaded.getSummary().getCounts()).containsEntry("DELETED", 30);
        assertThat(reloaded.getSummary().getFirstRows()).hasSize(CleanupSummary.FIRST_ROWS);
        assertThat(reloaded.rows("1")).hasSize(30);
    }

    @Test
    void stepsOfParallelBranchesGetASummaryEach() throws Exception {
        fake.addMany("a", 3, PROJECT_ID);
        fake.addMany("b", 3, PROJECT_ID);
        fake.delayMillis = 50; // both branches' deletes in flight together, so that they attach side by side

        WorkflowRun run = pipeline(
                "parallel one: { codeartsDeleteBuildJob jobNamePrefix: 'a-' },"
                        + " two: { codeartsDeleteBuildJob jobNamePrefix: 'b-' }",
                Result.SUCCESS);

        List<CleanupSummaryAction> actions = run.getActions(CleanupSummaryAction.class);
        assertThat(actions).hasSize(2);
        assertThat(actions).extracting(CleanupSummaryAction::getUrlName).doesNotHaveDuplicates();
        assertThat(actions.get(0).rows("1")).hasSize(3);
        assertThat(actions.get(1).rows("1")).hasSize(3);
        assertThat(actions.get(0).rows("1").get(0).getName().charAt(0))
                .isNotEqualTo(actions.get(1).rows("1").get(0).getName().charAt(0));
    }

    @Test
    void aRestoreAddsItsSummary() throws Exception {
        FakeCodeArtsBuild.Job job = fake.add("binned-1", PROJECT_ID);
        fake.jobs.remove(job);
        fake.bin.put(job);

        WorkflowRun run = pipeline("codeartsRestoreBuildJob jobIds: ['" + job.id() + "']", Result.SUCCESS);

        CleanupSummary s = run.getAction(CleanupSummaryAction.class).getSummary();
        assertThat(s.operation).isEqualTo(Operation.RESTORE);
        assertThat(s.getCounts()).containsEntry("RESTORED", 1);
        assertThat(j.createWebClient().getPage(run).asNormalizedText()).contains("binned-1", "restored");
    }

    @Test
    void aJobDeletedBeforeThePurgeStepIsNamedOnThePage() throws Exception {
        FreeStyleBuild b = j.buildAndAssertSuccess(j.createFreeStyleProject());
        Row row = new Row(
                "gone-before", "0123456789abcdef0123456789abcdef", null, "ALREADY_GONE/DELETED_EARLIER", 1, null);

        CleanupSummaryAction.attach(b, CleanupSummary.of(Operation.DELETE, false, 1, List.of(row)));

        assertThat(j.createWebClient().getPage(b).asNormalizedText())
                .contains("gone-before", "already gone, deleted before this step, left in the recycle bin")
                .doesNotContain("already gone, unknown");
    }

    @Test
    void aFreestyleBuildShowsItsSummary() throws Exception {
        FakeCodeArtsBuild.Job job = fake.add("fs-job", PROJECT_ID);
        FreeStyleProject p = j.createFreeStyleProject("fs");
        p.getBuildersList().add(FakeCloud.deleteBuilder(job.id()));

        FreeStyleBuild b = j.buildAndAssertSuccess(p);

        assertThat(b.getAction(CleanupSummaryAction.class).getSummary().getCounts())
                .containsEntry("DELETED", 1);
        assertThat(j.createWebClient().getPage(b).asNormalizedText()).contains("CodeArts Build cleanup", job.id());
    }
}
