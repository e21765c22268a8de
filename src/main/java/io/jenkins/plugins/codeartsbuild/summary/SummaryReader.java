package io.jenkins.plugins.codeartsbuild.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.codeartsbuild.summary.CleanupSummary.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import okio.BufferedSource;
import okio.Okio;

/**
 * Reads back what a summary stored, for its pages only (a delete never reads): the summary in a loaded build record,
 * checked, and a page of its side file ({@link CleanupSummary#write}). A page is read by streaming from the start and
 * stopping after its last row: the first page never reads the rest. The file lies in the build's directory, where it
 * may be damaged or replaced: reading is bounded whatever it holds (a line longer than {@link #MAX_LINE_BYTES} is
 * skipped without being held, a page reads at most {@link #MAX_PAGE_BYTES} decompressed bytes), and does not follow a
 * symbolic link in the file's own name.
 */
public final class SummaryReader {

    public static final int PAGE_SIZE = 100; // rows per page of the full list

    /** The longest line read; a row line is well under 1 KiB (an 80-character name, ids of at most 128). */
    static final int MAX_LINE_BYTES = 4 << 10;

    /**
     * The most decompressed bytes one page reads: far above what a file this plugin wrote holds
     * ({@link CleanupSummary#MAX_BYTES}), so that no page of ours is ever cut, and low enough that a page of a file
     * that decompresses to gigabytes costs a fraction of a second.
     */
    static final long MAX_PAGE_BYTES = 64L << 20;

    private static final byte NEWLINE = '\n';

    private SummaryReader() {}

    /**
     * Refuses a summary, with the number of its action, that lacks what its build page needs: XStream sets no field
     * that the build record does not hold, so a record edited by hand or written in another shape loads with nulls.
     *
     * @throws IllegalStateException naming what is missing (no stored value)
     */
    static void requireWhole(CleanupSummary summary, int number) {
        String missing = null;
        if (summary == null) {
            missing = "summary";
        } else if (summary.operation == null) {
            missing = "operation";
        } else if (summary.counts == null || summary.counts.containsKey(null) || summary.counts.containsValue(null)) {
            missing = "counts";
        } else if (summary.firstRows == null || summary.firstRows.contains(null)) {
            missing = "firstRows";
        } else if (number < 1) {
            missing = "number";
        }
        if (missing != null) {
            throw new IllegalStateException("a CodeArts Build summary without its " + missing + " in the build record");
        }
    }

    /**
     * Page {@code page} (from 1) of {@link #PAGE_SIZE} rows, read no further than line {@code rows}: rows appended
     * while a page is shown are not read before the summary counts them. Empty beyond the last page, for a page below
     * 1, for a missing file and for a symbolic link; lines that are not rows are skipped, within the class's bounds.
     *
     * @param rows the rows the file holds, as its summary counts them ({@link CleanupSummary#getKept()})
     */
    public static List<Row> page(Path file, int page, int rows) throws IOException {
        List<Row> found = new ArrayList<>();
        long first = (page - 1L) * PAGE_SIZE;
        long end = Math.min(first + PAGE_SIZE, rows);
        if (page < 1 || first >= end || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        try (BufferedSource in =
                Okio.buffer(Okio.source(new GZIPInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS))))) {
            long budget = MAX_PAGE_BYTES;
            boolean tooLong = false; // the line read now passed MAX_LINE_BYTES: skipped a window at a time
            for (long line = 0; line < end && budget > 0; ) {
                long limit = Math.min(MAX_LINE_BYTES + 1L, budget);
                long at = in.indexOf(NEWLINE, 0, limit);
                if (at < 0 && in.getBuffer().size() < limit) {
                    // the end of the file: a last line without a line break
                    if (line >= first && !tooLong && in.getBuffer().size() > 0) {
                        add(found, in.readUtf8());
                    }
                    break;
                }
                if (at < 0) {
                    // only what was searched: the buffer may already hold the next line's start
                    in.skip(limit);
                    budget -= limit;
                    tooLong = true;
                    continue;
                }
                if (line >= first && !tooLong) {
                    add(found, in.readUtf8(at));
                } else {
                    in.skip(at);
                }
                in.skip(1);
                budget -= at + 1;
                tooLong = false;
                line++;
            }
        }
        return found;
    }

    /** Adds the row of a line {@link Row#toLine()} wrote; skips a line that is not one. */
    private static void add(List<Row> found, String line) {
        try {
            String[] f = CleanupSummary.JSON.readValue(line, String[].class);
            if (f.length == 6) {
                found.add(new Row(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), f[5]));
            }
        } catch (JsonProcessingException | NumberFormatException e) {
            // not a row
        }
    }

    /** How many pages {@code rows} rows fill (at least 1). */
    public static int pages(int rows) {
        return Math.max(1, (rows + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The page asked for (a request parameter: anything but a page number is the first), between 1 and the last. */
    static int pageNumber(String asked, int rows) {
        try {
            return Math.min(Math.max(1, Integer.parseInt(asked == null ? "1" : asked.strip())), pages(rows));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
