package io.jenkins.plugins.codeartsbuild.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummary.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs folded into a build's last summary: counts, totals and runs add up, the first rows are the first seen, and the
 * side file's caps hold across all of the runs, not per run.
 */
class CleanupSummaryFoldTest {

    @TempDir
    Path dir;

    private static List<Row> rows(int n, String name, String outcome) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Row(name + i, String.format("%032x", i), null, outcome, 1, "req-" + i));
        }
        return rows;
    }

    private static CleanupSummary deleted(int n, String name) {
        return CleanupSummary.of(Result.Operation.DELETE, false, n, rows(n, name, "DELETED"));
    }

    private static List<String> names(List<Row> rows) {
        return rows.stream().map(Row::getName).toList();
    }

    @Test
    void countsTotalsAndRunsAddUp() {
        CleanupSummary fold = deleted(30, "a-").asFold();
        assertThat(fold.runs).isEqualTo(1);

        // a restore dry run above maxJobs: 50 selected, a sample of 5 listed
        fold = fold.fold(CleanupSummary.of(Result.Operation.RESTORE, true, 50, rows(5, "r-", "WOULD_RESTORE")));
        fold = fold.fold(CleanupSummary.of(Result.Operation.DELETE, false, 2, rows(2, "b-", "FAILED")));

        assertThat(fold.runs).isEqualTo(3);
        assertThat(fold.total).isEqualTo(82);
        assertThat(fold.getCounts())
                .containsExactly(entry("DELETED", 30), entry("WOULD_RESTORE", 5), entry("FAILED", 2));
        assertThat(fold.getKept()).isEqualTo(37);
        assertThat(fold.getNotListed()).isEqualTo(45);
        assertThat(names(fold.rowsToWrite())).containsExactly("b-0", "b-1");
        assertThat(fold.dryRun).isFalse();
    }

    @Test
    void theFirstRowsAreTheFirstTwentySeen() {
        CleanupSummary fold = deleted(1, "loop-0-").asFold();
        for (int i = 1; i < 30; i++) {
            fold = fold.fold(deleted(1, "loop-" + i + "-"));
        }

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < CleanupSummary.FIRST_ROWS; i++) {
            expected.add("loop-" + i + "-0");
        }
        assertThat(names(fold.getFirstRows())).isEqualTo(expected);
        assertThat(fold.getKept()).isEqualTo(30);
        assertThat(fold.runs).isEqualTo(30);
    }

    @Test
    void theSideFileListsEveryRunsRowsInTheirOrder() throws IOException {
        Path file = dir.resolve("fold.txt.gz");
        CleanupSummary fold = deleted(150, "a-").asFold();
        CleanupSummary.write(file, fold.rowsToWrite(), false);
        fold = fold.fold(deleted(60, "b-"));
        CleanupSummary.write(file, fold.rowsToWrite(), true);

        List<String> second = names(SummaryReader.page(file, 2, fold.getKept()));
        assertThat(second)
                .hasSize(100)
                .startsWith("a-100")
                .contains("a-149", "b-0")
                .endsWith("b-49");
        assertThat(names(SummaryReader.page(file, 3, fold.getKept())))
                .hasSize(10)
                .endsWith("b-59");
        assertThat(SummaryReader.pages(fold.getKept())).isEqualTo(3);
    }

    @Test
    void theRowCapHoldsAcrossRuns() {
        CleanupSummary fold = deleted(CleanupSummary.MAX_ROWS - 10, "a-").asFold();

        fold = fold.fold(deleted(25, "b-"));
        assertThat(fold.getKept()).isEqualTo(CleanupSummary.MAX_ROWS);
        assertThat(fold.rowsToWrite()).hasSize(10);
        assertThat(fold.getNotListed()).isEqualTo(15);

        fold = fold.fold(deleted(5, "c-"));
        assertThat(fold.rowsToWrite()).isEmpty();
        assertThat(fold.getKept()).isEqualTo(CleanupSummary.MAX_ROWS);
        assertThat(fold.getNotListed()).isEqualTo(20);
        assertThat(fold.getCounts()).containsEntry("DELETED", CleanupSummary.MAX_ROWS + 20);
    }

    @Test
    void theByteCapHoldsAcrossRuns() throws IOException {
        // names that do not compress: two runs of 9,000 such rows are more than the cap before compression
        Random random = new Random(7);
        List<List<Row>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < 9_000; i++) {
                StringBuilder name = new StringBuilder();
                for (int c = 0; c < Row.NAME_LENGTH; c++) {
                    name.append((char) (0x4e00 + random.nextInt(0x5000)));
                }
                rows.add(new Row(name.toString(), String.format("%032x", i), null, "DELETED", 1, null));
            }
            runs.add(rows);
        }
        Path file = dir.resolve("cjk.txt.gz");
        CleanupSummary fold = CleanupSummary.of(Result.Operation.DELETE, false, 9_000, runs.get(0))
                .asFold();
        assertThat(fold.getKept()).isEqualTo(9_000);
        CleanupSummary.write(file, fold.rowsToWrite(), false);
        fold = fold.fold(CleanupSummary.of(Result.Operation.DELETE, false, 9_000, runs.get(1)));
        CleanupSummary.write(file, fold.rowsToWrite(), true);

        assertThat(fold.getKept()).isGreaterThan(9_000).isLessThan(18_000);
        assertThat(fold.getNotListed()).isEqualTo(18_000 - fold.getKept());
        assertThat(Files.size(file)).isLessThanOrEqualTo(CleanupSummary.MAX_BYTES + 2048L);
        int pages = SummaryReader.pages(fold.getKept());
        assertThat(SummaryReader.page(file, pages, fold.getKept()))
                .hasSize(fold.getKept() - (pages - 1) * SummaryReader.PAGE_SIZE);
    }
}
