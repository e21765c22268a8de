package io.jenkins.plugins.codeartsbuild.client.jobs;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The side file of a {@link CleanupSummary}: every row, one line each ({@link SummaryRow#toLine()}), gzipped. A page
 * is read by streaming from the start and stopping after its last row: the first page never reads the rest.
 */
public final class SummaryFile {

    /** Rows per page of the full list. */
    public static final int PAGE_SIZE = 100;

    private SummaryFile() {}

    public static void write(Path file, List<SummaryRow> rows) throws IOException {
        try (Writer w = new BufferedWriter(
                new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            for (SummaryRow r : rows) {
                w.write(r.toLine());
                w.write('\n');
            }
        }
    }

    /**
     * Page {@code page} (from 1) of {@link #PAGE_SIZE} rows; empty beyond the last page or for a page below 1. Lines
     * that are not rows are skipped.
     */
    public static List<SummaryRow> page(Path file, int page) throws IOException {
        List<SummaryRow> rows = new ArrayList<>();
        if (page < 1 || page > CleanupSummary.MAX_ROWS / PAGE_SIZE + 1 || !Files.isRegularFile(file)) {
            return rows;
        }
        long skip = (long) (page - 1) * PAGE_SIZE;
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            long n = 0;
            while (rows.size() < PAGE_SIZE && (line = r.readLine()) != null) {
                if (n++ < skip) {
                    continue;
                }
                SummaryRow row = SummaryRow.fromLine(line);
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** How many pages {@code rows} rows fill (at least 1). */
    public static int pages(int rows) {
        return Math.max(1, (rows + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
