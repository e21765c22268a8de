package io.jenkins.plugins.codeartsbuild.summary;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummary.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * A build record whose summaries lost their fields, or hold an operation this version does not know (edited by hand,
 * or of another shape): after a restart the
 * damaged summaries are dropped when the build loads (core's {@code Run.onLoad} drops an action whose
 * {@code onLoad} throws), and the build's page shows with the whole one.
 */
class CleanupSummaryActionLoadTest {

    /** The name build.xml stores the action under: final at the first release. */
    private static final String ACTION = "io.jenkins.plugins.codeartsbuild.summary.CleanupSummaryAction";

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    private static CleanupSummary one(String name) {
        return CleanupSummary.of(
                Result.Operation.DELETE, false, 1, List.of(new Row(name, null, null, "DELETED", 1, null)));
    }

    /** The record with {@code edit} applied to the stored action that lists {@code name}. */
    private static String edited(String record, String name, UnaryOperator<String> edit) {
        int row = record.indexOf(name);
        int start = record.lastIndexOf("<" + ACTION, row);
        int end = record.indexOf("</" + ACTION + ">", row);
        String action = record.substring(start, end);
        String changed = edit.apply(action);
        assertThat(changed).as("the edit of %s", name).isNotEqualTo(action);
        return record.substring(0, start) + changed + record.substring(end);
    }

    @Test
    void summariesThatLostTheirFieldsAreDroppedAndTheBuildPageShows() throws Throwable {
        sessions.then(j -> {
            FreeStyleBuild b = j.buildAndAssertSuccess(j.createFreeStyleProject("p"));
            for (String name : List.of(
                    "whole-job", "countless-job", "numberless-job", "summaryless-job", "unknown-operation-job")) {
                CleanupSummaryAction.attach(b, one(name));
            }
            Path file = b.getRootDir().toPath().resolve("build.xml");
            String record = Files.readString(file);
            // the operation is stored by its constant's name alone: the README lists DELETE and RESTORE as final
            assertThat(record).contains("<operation>DELETE</operation>");
            record = edited(record, "countless-job", a -> a.replaceAll("(?s)<counts>.*?</counts>", ""));
            record = edited(record, "numberless-job", a -> a.replaceAll("<number>\\d+</number>", "<number>0</number>"));
            record = edited(record, "summaryless-job", a -> a.replaceAll("(?s)<summary>.*</summary>", ""));
            record = edited(record, "unknown-operation-job", a -> a.replace("DELETE</operation>", "PURGE</operation>"));
            Files.writeString(file, record);
        });
        sessions.then(j -> {
            FreeStyleBuild b =
                    j.jenkins.getItemByFullName("p", FreeStyleProject.class).getBuildByNumber(1);

            assertThat(b.getActions(CleanupSummaryAction.class))
                    .singleElement()
                    .extracting(a -> a.getSummary().getFirstRows().get(0).getName())
                    .isEqualTo("whole-job");
            assertThat(j.createWebClient().getPage(b).asNormalizedText())
                    .contains("CodeArts Build cleanup", "whole-job")
                    .doesNotContain("countless-job", "numberless-job", "unknown-operation-job");
        });
    }
}
