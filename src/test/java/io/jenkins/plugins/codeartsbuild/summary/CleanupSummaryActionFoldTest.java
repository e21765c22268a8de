package io.jenkins.plugins.codeartsbuild.summary;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.Result;
import io.jenkins.plugins.codeartsbuild.FakeCloud;
import io.jenkins.plugins.codeartsbuild.client.FakeCodeArtsBuild;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Operation;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummary.Row;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A build holds at most {@value CleanupSummaryAction#MAX_SUMMARIES} summaries: from that one on, further runs are
 * folded into it, whether they come one after another or from parallel branches; what the page shows and what the
 * build's record holds.
 */
@WithJenkins
class CleanupSummaryActionFoldTest {

    private static final int MAX = CleanupSummaryAction.MAX_SUMMARIES;

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

    private WorkflowRun pipeline(String script) throws Exception {
        return FakeCloud.pipeline(j, script, Result.SUCCESS);
    }

    private static String groovyList(List<FakeCodeArtsBuild.Job> jobs) {
        return jobs.stream().map(x -> "'" + x.id() + "'").collect(Collectors.joining(", ", "[", "]"));
    }

    private static CleanupSummary one(String name) {
        return CleanupSummary.of(Operation.DELETE, false, 1, List.of(new Row(name, null, null, "DELETED", 1, null)));
    }

    private static List<String> names(List<Row> rows) {
        return rows.stream().map(Row::getName).toList();
    }

    private static List<String> ids(List<?> rowsOrJobs) {
        return rowsOrJobs.stream()
                .map(x -> x instanceof Row r ? r.getJobId() : ((FakeCodeArtsBuild.Job) x).id())
                .toList();
    }

    @Test
    void aLoopOfSingleDeletesFoldsFromTheTwentiethSummaryOn() throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("loop", MAX + 5, PROJECT_ID);

        WorkflowRun run = pipeline(
                "for (String id : " + groovyList(jobs) + ") {\n" + "  codeartsDeleteBuildJob jobId: id\n" + "}\n");

        List<CleanupSummaryAction> actions = run.getActions(CleanupSummaryAction.class);
        assertThat(actions).hasSize(MAX);
        assertThat(actions).extracting(CleanupSummaryAction::getUrlName).doesNotHaveDuplicates();
        assertThat(actions.get(0).getSummary().total).isEqualTo(1);
        CleanupSummaryAction fold = actions.get(MAX - 1);
        assertThat(fold.getSummary().total).isEqualTo(6);
        assertThat(fold.getSummary().getCounts()).containsEntry("DELETED", 6);
        // a delete by id lists the job by its id
        List<String> folded = ids(jobs.subList(MAX - 1, MAX + 5));
        assertThat(ids(fold.getSummary().getFirstRows())).isEqualTo(folded);
        assertThat(ids(fold.rows("1"))).isEqualTo(folded);

        JenkinsRule.WebClient wc = j.createWebClient();
        assertThat(wc.getPage(run).asNormalizedText())
                .contains("CodeArts Build: 6 further runs", jobs.get(MAX + 4).id());
        assertThat(wc.getPage(run, fold.getUrlName() + "/").asNormalizedText())
                .contains("Page 1 of 1, 6 jobs in all.", jobs.get(MAX - 1).id());
    }

    @Test
    void parallelBranchesNeverShareANumberAndLoseNoRun() throws Exception {
        List<FakeCodeArtsBuild.Job> jobs = fake.addMany("branch", MAX + 10, PROJECT_ID);
        fake.delayMillis = 50; // the branches' deletes in flight together, so that they attach side by side

        WorkflowRun run = pipeline("def branches = [:]\n"
                + "for (String id : " + groovyList(jobs) + ") {\n"
                + "  def one = id\n"
                + "  branches[one] = { codeartsDeleteBuildJob jobId: one }\n"
                + "}\n"
                + "parallel branches");

        List<CleanupSummaryAction> actions = run.getActions(CleanupSummaryAction.class);
        assertThat(actions).hasSize(MAX);
        assertThat(actions).extracting(CleanupSummaryAction::getUrlName).doesNotHaveDuplicates();
        assertThat(actions.stream().mapToInt(a -> a.getSummary().total).sum()).isEqualTo(jobs.size());
        assertThat(actions.get(MAX - 1).getSummary().runs).isEqualTo(11);
        List<String> listed = new ArrayList<>();
        for (CleanupSummaryAction a : actions) {
            listed.addAll(ids(a.rows("1")));
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(ids(jobs));
    }

    @Test
    void aFoldIsSavedWhenItShowsNewRowsAndOtherwiseWithTheBuild() throws Exception {
        FreeStyleBuild b = j.buildAndAssertSuccess(j.createFreeStyleProject());
        Path record = new File(b.getRootDir(), "build.xml").toPath();
        for (int i = 0; i < MAX - 1; i++) {
            CleanupSummaryAction.attach(b, one("single-" + i));
        }
        for (int i = 0; i < CleanupSummary.FIRST_ROWS; i++) {
            CleanupSummaryAction.attach(b, one("fold-" + i));
            assertThat(Files.readString(record)).as("saved with fold-%d", i).contains("fold-" + i);
        }
        String before = Files.readString(record);

        CleanupSummaryAction.attach(b, one("late-run-zq"));

        CleanupSummaryAction fold = b.getActions(CleanupSummaryAction.class).get(MAX - 1);
        assertThat(b.getActions(CleanupSummaryAction.class)).hasSize(MAX);
        assertThat(fold.getSummary().runs).isEqualTo(CleanupSummary.FIRST_ROWS + 1);
        assertThat(names(fold.rows("1"))).hasSize(CleanupSummary.FIRST_ROWS + 1).endsWith("late-run-zq");
        assertThat(j.createWebClient().getPage(b).asNormalizedText()).contains("21 further runs");
        // only counts changed: the record is as it was, until the build saves
        assertThat(Files.readString(record)).isEqualTo(before);
        b.save();
        assertThat(Files.readString(record)).contains("<runs>21</runs>").doesNotContain("late-run-zq");
    }
}
