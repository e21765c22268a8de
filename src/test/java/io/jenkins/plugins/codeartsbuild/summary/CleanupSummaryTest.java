package io.jenkins.plugins.codeartsbuild.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummary.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build page's summary: counts, first rows, cleaned rows, a bounded side file. */
class CleanupSummaryTest {

    @TempDir
    Path dir;

    private static List<Row> rows(int n, String name) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Row(
                    name + i,
                    String.format("%032x", i),
                    "6a2c8e0b4d1f4a3b9c7e5d2f1a0b3c4d",
                    i % 3 == 0 ? "FAILED" : "DELETED",
                    1 + i % 2,
                    "req-" + i));
        }
        return rows;
    }

    @Test
    void countsPerOutcomeAndTheFirstRows() {
        CleanupSummary s = CleanupSummary.of(Result.Operation.DELETE, false, 30, rows(30, "pr-"));

        assertThat(s.getCounts()).containsEntry("FAILED", 10).containsEntry("DELETED", 20);
        assertThat(s.getFirstRows()).hasSize(CleanupSummary.FIRST_ROWS);
        assertThat(s.getKept()).isEqualTo(30);
        assertThat(s.getNotListed()).isZero();
    }

    @Test
    void aDryRunAboveMaxJobsCountsTheJobsItDidNotList() {
        CleanupSummary s = CleanupSummary.of(Result.Operation.DELETE, true, 500, rows(20, "x"));

        assertThat(s.dryRun).isTrue();
        assertThat(s.getNotListed()).isEqualTo(480);
    }

    @Test
    void rowsAreCleanedAndOnlyPlainIdsAndKnownCodesAreKept() throws IOException {
        Row r = new Row(
                "evil\tname\nFinished: SUCCESS\u001b[2J" + "x".repeat(200),
                "../../etc",
                "6a2c8e0b4d1f4a3b9c7e5d2f1a0b3c4d",
                "<script>",
                -3,
                "req\nforged");

        assertThat(r.getName()).doesNotContain("\t", "\n", "\u001b").hasSizeLessThanOrEqualTo(Row.NAME_LENGTH);
        assertThat(r.getJobId()).isNull();
        assertThat(r.getOutcome()).isEqualTo("UNKNOWN");
        assertThat(r.getAttempts()).isZero();
        assertThat(r.getRequestId()).isNull();
        Path file = dir.resolve("cleaned.txt.gz");
        CleanupSummary.write(file, List.of(r), false);
        assertThat(SummaryReader.page(file, 1, 1))
                .singleElement()
                .usingRecursiveComparison()
                .isEqualTo(r);
    }

    @Test
    void aLongNameIsStoredInEightyCharactersEllipsisIncluded() {
        Row plain = new Row("n".repeat(200), null, null, "DELETED", 1, null);
        Row emoji = new Row("\uD83D\uDE80".repeat(100), null, null, "DELETED", 1, null);

        assertThat(plain.getName()).isEqualTo("n".repeat(77) + "...");
        assertThat(emoji.getName()).hasSizeLessThanOrEqualTo(80).endsWith("\uD83D\uDE80...");
        assertThat(new Row("m".repeat(80), null, null, "DELETED", 1, null).getName())
                .isEqualTo("m".repeat(80));
    }

    @Test
    void tenThousandJobsStayFarUnderTwoMebibytesInTheSideFile() throws IOException {
        CleanupSummary s = CleanupSummary.of(
                Result.Operation.DELETE, false, 10_000, rows(10_000, "a-rather-long-job-name-".repeat(3)));
        Path file = dir.resolve("big.txt.gz");
        CleanupSummary.write(file, s.rowsToWrite(), false);

        assertThat(Files.size(file)).isLessThan(2L * 1024 * 1024);
        assertThat(s.getFirstRows()).hasSize(CleanupSummary.FIRST_ROWS);
    }

    @Test
    void rowsBeyondTheCapAreCountedNotKept() {
        CleanupSummary s = CleanupSummary.of(
                Result.Operation.RESTORE, false, CleanupSummary.MAX_ROWS + 5, rows(CleanupSummary.MAX_ROWS + 5, "r"));

        assertThat(s.getKept()).isEqualTo(CleanupSummary.MAX_ROWS);
        assertThat(s.getNotListed()).isEqualTo(5);
        assertThat(s.rowsToWrite()).hasSize(CleanupSummary.MAX_ROWS);
    }

    @Test
    void namesThatDoNotCompressStopTheListAtItsByteCap() throws IOException {
        StringBuilder name = new StringBuilder();
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < Row.NAME_LENGTH; i++) {
            name.append((char) (0x4e00 + random.nextInt(0x5000)));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(new Row(name.toString() + i, String.format("%032x", i), null, "DELETED", 1, "r" + i));
        }
        CleanupSummary s = CleanupSummary.of(Result.Operation.DELETE, false, rows.size(), rows);
        Path file = dir.resolve("cjk.txt.gz");
        CleanupSummary.write(file, s.rowsToWrite(), false);

        assertThat(s.getKept()).isLessThan(20_000);
        assertThat(s.getNotListed()).isEqualTo(20_000 - s.getKept());
        assertThat(Files.size(file)).isLessThanOrEqualTo(CleanupSummary.MAX_BYTES + 1024L);
    }

    /**
     * The build's record is written and read by XStream 1.4.21, which writes a record but cannot read one back, and
     * sets fields without running a constructor: what it stores must be plain classes of simple fields.
     */
    @Test
    void whatTheBuildRecordStoresIsPlainClassesOfSimpleFields() {
        java.util.Set<Class<?>> simple = java.util.Set.of(
                String.class,
                int.class,
                boolean.class,
                java.util.LinkedHashMap.class,
                ArrayList.class,
                Result.Operation.class);
        for (Class<?> stored : List.of(CleanupSummary.class, Row.class)) {
            assertThat(stored.isRecord()).as("%s is a record", stored).isFalse();
            for (java.lang.reflect.Field f : stored.getDeclaredFields()) {
                int m = f.getModifiers();
                if (java.lang.reflect.Modifier.isStatic(m) || java.lang.reflect.Modifier.isTransient(m)) {
                    continue;
                }
                assertThat(simple)
                        .as("%s.%s", stored.getSimpleName(), f.getName())
                        .contains(f.getType());
            }
        }
    }

    @Test
    void aFailedDeleteKeepsTheRequestIdOfItsLastAnswer() {
        String id = "0123456789abcdef0123456789abcdef";
        HttpReply refused = Fixtures.reply(
                Service.CODEARTS_BUILD,
                "POST",
                "/v3/jobs/" + id + "/delete",
                404,
                Headers.of("X-Request-Id", "req-404"),
                "{\"error_code\":\"CB.00060201\",\"error_msg\":\"invalid task id\"}");
        // as a call that was sent and answered has it: its attempts counted
        Outcome failed = Outcome.failed(
                id, null, null, Status.Delete.FAILED, refused.error().withAttempts(1));

        assertThat(Row.of(failed).getRequestId()).isEqualTo("req-404");
        assertThat(failed.toMap(e -> "x")).containsEntry("requestId", "req-404");
    }

    @Test
    void aPurgedDeleteShowsBothOutcomes() {
        String id = "0123456789abcdef0123456789abcdef";
        Outcome deleted = Outcome.done(id, null, null, Status.Delete.DELETED, "r1", 1);
        Outcome purged = deleted.withPurge(Outcome.of(id, null, null, Status.Purge.NOT_IN_RECYCLE_BIN));

        assertThat(Row.of(purged).getOutcome()).isEqualTo("DELETED/NOT_IN_RECYCLE_BIN");
        assertThat(Row.of(deleted).getRequestId()).isEqualTo("r1");
    }
}
