package io.jenkins.plugins.codeartsbuild.summary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import okio.BufferedSource;
import okio.Okio;

/**
 * The side file of a {@link CleanupSummary}: every row, one line each ({@link SummaryRow#toLine()}), gzipped; rows
 * folded in later are appended as further gzip members, which {@link GZIPInputStream} reads on as one stream. A page
 * is read by streaming from the start and stopping after its last row: the first page never reads the rest.
 *
 * <p>The file lies in the build's directory, where it may be damaged or replaced. Reading is bounded whatever it
 * holds: a line longer than {@link #MAX_LINE_BYTES} is skipped without being held, and one page reads at most
 * {@link #MAX_PAGE_BYTES} decompressed bytes. Neither reading nor writing follows a symbolic link in the file's own
 * name (the build's directory may well be reached through one).
 */
public final class SummaryFile {

    /** Rows per page of the full list. */
    public static final int PAGE_SIZE = 100;

    /** The longest line read; a row line is well under 1 KiB (an 80-character name, ids of at most 128). */
    static final int MAX_LINE_BYTES = 4 << 10;

    /**
     * The most decompressed bytes one page reads: far above what a file this class wrote holds
     * ({@link CleanupSummary#MAX_BYTES}), so that no page of ours is ever cut, and low enough that a page of a file
     * that decompresses to gigabytes costs a fraction of a second.
     */
    static final long MAX_PAGE_BYTES = 64L << 20;

    private static final byte NEWLINE = '\n';

    private SummaryFile() {}

    /** Writes the file anew with these rows; refuses a symbolic link. */
    public static void write(Path file, List<SummaryRow> rows) throws IOException {
        writeMember(file, rows, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * Appends these rows to the file as one further gzip member (nothing when there are none); refuses a symbolic
     * link.
     */
    public static void append(Path file, List<SummaryRow> rows) throws IOException {
        if (!rows.isEmpty()) {
            writeMember(file, rows, StandardOpenOption.APPEND);
        }
    }

    private static void writeMember(Path file, List<SummaryRow> rows, OpenOption mode) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(
                        file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode, LinkOption.NOFOLLOW_LINKS)),
                StandardCharsets.UTF_8))) {
            for (SummaryRow r : rows) {
                w.write(r.toLine());
                w.write(NEWLINE);
            }
        }
    }

    /**
     * Page {@code page} (from 1) of {@link #PAGE_SIZE} rows, read no further than line {@code rows}: rows appended
     * while a page is shown are not read before the summary counts them. Empty beyond the last page, for a page below
     * 1, for a missing file and for a symbolic link. Lines that are not rows, and lines too long to be rows, are
     * skipped; a page that reaches {@link #MAX_PAGE_BYTES} ends there.
     *
     * @param rows the rows the file holds, as its summary counts them ({@link CleanupSummary#getKept()})
     */
    public static List<SummaryRow> page(Path file, int page, int rows) throws IOException {
        List<SummaryRow> found = new ArrayList<>();
        long first = (page - 1L) * PAGE_SIZE;
        long end = Math.min(first + PAGE_SIZE, rows);
        if (page < 1 || first >= end || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        try (BufferedSource in =
                Okio.buffer(Okio.source(new GZIPInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS))))) {
            long budget = MAX_PAGE_BYTES;
            for (long line = 0; line < end && budget > 0; line++) {
                long limit = Math.min(MAX_LINE_BYTES + 1L, budget);
                long at = in.indexOf(NEWLINE, 0, limit);
                if (at < 0 && in.getBuffer().size() < limit) {
                    // the end of the file: a last line without a line break
                    if (line >= first && in.getBuffer().size() > 0) {
                        add(found, in.readUtf8());
                    }
                    break;
                }
                if (at < 0) {
                    budget -= skipLine(in, budget);
                } else if (line < first) {
                    in.skip(at + 1);
                    budget -= at + 1;
                } else {
                    add(found, in.readUtf8(at));
                    in.skip(1);
                    budget -= at + 1;
                }
            }
        }
        return found;
    }

    private static void add(List<SummaryRow> found, String line) {
        SummaryRow row = SummaryRow.fromLine(line);
        if (row != null) {
            found.add(row);
        }
    }

    /**
     * Skips to the start of the next line, a buffer at a time, or to the end of the file or of the budget; returns the
     * bytes skipped.
     */
    private static long skipLine(BufferedSource in, long budget) throws IOException {
        long skipped = 0;
        while (skipped < budget) {
            long window = Math.min(MAX_LINE_BYTES, budget - skipped);
            long at = in.indexOf(NEWLINE, 0, window);
            if (at >= 0) {
                in.skip(at + 1);
                return skipped + at + 1;
            }
            // only what was searched: the buffer may already hold the next line's start
            long searched = Math.min(in.getBuffer().size(), window);
            if (searched == 0) {
                break;
            }
            in.skip(searched);
            skipped += searched;
        }
        return skipped;
    }

    /** How many pages {@code rows} rows fill (at least 1). */
    public static int pages(int rows) {
        return Math.max(1, (rows + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
