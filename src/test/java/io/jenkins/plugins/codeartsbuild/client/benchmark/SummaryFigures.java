package io.jenkins.plugins.codeartsbuild.client.benchmark;

import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummary;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummary.Row;
import io.jenkins.plugins.codeartsbuild.summary.SummaryReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * (7) The build page's summary of a large batch: what a 10,000-job summary stores (the build's record: counts and
 * the first rows; the side file: every row, gzipped), against 2 MiB; and the time to read the first page against
 * reading every page, for 1,000, 10,000 and 20,000 rows (target: the first page does not grow with the batch).
 */
final class SummaryFigures {

    private static final int ROUNDS = 15;

    private SummaryFigures() {}

    /** Rows with names of the longest length kept, and every other field filled. */
    static List<Row> rows(int n) {
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = String.format(Locale.ROOT, "release-candidate-%06d-", i) + "x".repeat(60);
            rows.add(new Row(
                    name,
                    String.format(Locale.ROOT, "%032x", i),
                    "6a2c8e0b4d1f4a3b9c7e5d2f1a0b3c4d",
                    i % 50 == 0 ? "FAILED" : "DELETED/PURGED",
                    1 + i % 3,
                    String.format(Locale.ROOT, "%08x-%04x-4000-8000-%012x", i, i & 0xffff, i)));
        }
        return rows;
    }

    static Figure measure() throws IOException {
        Path dir = Files.createTempDirectory("codearts-summary");
        try {
            CleanupSummary big = CleanupSummary.of(Result.Operation.DELETE, false, 10_000, rows(10_000));
            Path bigFile = dir.resolve("10000.txt.gz");
            CleanupSummary.write(bigFile, big.rowsToWrite(), false);
            long sideFile = Files.size(bigFile);
            Map<String, Object> stored = new LinkedHashMap<>();
            stored.put("counts", big.getCounts());
            stored.put("firstRows", big.getFirstRows());
            long record = HttpReply.MAPPER.writeValueAsBytes(stored).length;
            Figure f = new Figure(
                            "7) Build-page summary of a batch: stored size of 10,000 jobs (names of 84 characters,"
                                    + " request ids, purge outcomes), and the first page's read time against all pages,"
                                    + " medians of " + ROUNDS)
                    .row("record: counts and first 20 rows, as JSON", String.format(Locale.ROOT, "%,d bytes", record))
                    .row("side file: 10,000 rows, gzipped", String.format(Locale.ROOT, "%,d bytes", sideFile));
            double firstSmall = 0;
            double firstLarge = 0;
            for (int n : new int[] {1_000, 10_000, 20_000}) {
                Path file = dir.resolve(n + ".txt.gz");
                CleanupSummary.write(file, rows(n), false);
                double first = median(() -> SummaryReader.page(file, 1, n).size());
                double all = median(() -> {
                    int read = 0;
                    for (int p = 1; p <= SummaryReader.pages(n); p++) {
                        read += SummaryReader.page(file, p, n).size();
                    }
                    return read;
                });
                f.row(
                        String.format(Locale.ROOT, "%,d rows", n),
                        String.format(Locale.ROOT, "first page %.2f ms", first * 1e3),
                        String.format(Locale.ROOT, "all pages %.1f ms", all * 1e3));
                if (n == 1_000) {
                    firstSmall = first;
                }
                if (n == 20_000) {
                    firstLarge = first;
                }
            }
            long total = record + sideFile;
            double growth = firstLarge / firstSmall;
            return f.target(
                            "10,000 jobs stored < 2 MiB",
                            String.format(Locale.ROOT, "%,d bytes", total),
                            total < 2L << 20)
                    .target(
                            "first page, 20,000 rows <= 2x 1,000 rows",
                            String.format(Locale.ROOT, "x%.2f", growth),
                            growth <= 2);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @FunctionalInterface
    private interface Read {
        int run() throws IOException;
    }

    private static double median(Read read) throws IOException {
        for (int i = 0; i < 5; i++) {
            read.run();
        }
        double[] t = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            if (read.run() == 0) {
                throw new IllegalStateException("nothing read");
            }
            t[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(t);
        return t[ROUNDS / 2];
    }
}
