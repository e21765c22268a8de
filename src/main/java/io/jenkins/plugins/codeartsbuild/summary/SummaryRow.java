package io.jenkins.plugins.codeartsbuild.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Outcome;
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
 * One job of a cleanup's summary, as the build keeps it: ids, a cleaned name and the outcome, never an error text or a
 * secret. A plain class with flat fields of simple types, so that XStream stores and loads it as it is.
 *
 * <p>Every row of a summary goes to its side file, one line each ({@link #toLine()}), gzipped; rows folded in later
 * are appended as further gzip members, which {@link GZIPInputStream} reads on as one stream. A page is read by
 * streaming from the start and stopping after its last row: the first page never reads the rest. The file lies in the
 * build's directory, where it may be damaged or replaced: reading is bounded whatever it holds (a line longer than
 * {@link #MAX_LINE_BYTES} is skipped without being held, a page reads at most {@link #MAX_PAGE_BYTES} decompressed
 * bytes), and neither reading nor writing follows a symbolic link in the file's own name (the build's directory may
 * well be reached through one).
 */
public final class SummaryRow {

    /** The longest name kept, in characters (longer ones are shortened with an ellipsis). */
    static final int NAME_LENGTH = 80;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final String jobId;
    private final String projectId;
    private final String outcome;
    private final int attempts;
    private final String requestId;

    /**
     * @param outcome a code such as {@code DELETED}, {@code RESTORED} or {@code DELETED/PURGED} (letters, digits,
     *     {@code _} and {@code /}; anything else becomes {@code UNKNOWN})
     */
    public SummaryRow(String name, String jobId, String projectId, String outcome, int attempts, String requestId) {
        this.name = name == null ? null : Texts.oneLine(name, NAME_LENGTH);
        this.jobId = Texts.safeId(jobId);
        this.projectId = Texts.safeId(projectId);
        this.outcome = outcome != null && outcome.matches("[A-Z_/]{1,60}") ? outcome : "UNKNOWN";
        this.attempts = Math.max(0, attempts);
        this.requestId = Texts.safeId(requestId);
    }

    /** A job of a delete or a restore; a deleted job's with its purge's outcome after a {@code /}, if asked. */
    public static SummaryRow of(Outcome o) {
        Outcome purge = o.purge();
        String outcome =
                o.status().name() + (purge == null ? "" : "/" + purge.status().name());
        return new SummaryRow(o.name(), o.jobId(), o.projectId(), outcome, o.attempts(), o.requestId());
    }

    public String getName() {
        return name;
    }

    public String getJobId() {
        return jobId;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getOutcome() {
        return outcome;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getRequestId() {
        return requestId;
    }

    /** One line of the side file: the fields as a JSON array, which escapes every tab and line break. */
    String toLine() {
        return JSON.valueToTree(new Object[] {name, jobId, projectId, outcome, attempts, requestId})
                .toString();
    }

    /** The row of a line {@link #toLine()} wrote; {@code null} for a line that is not one. */
    static SummaryRow fromLine(String line) {
        try {
            String[] f = JSON.readValue(line, String[].class);
            return f.length != 6 ? null : new SummaryRow(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), f[5]);
        } catch (JsonProcessingException | NumberFormatException e) {
            return null;
        }
    }

    public static final int PAGE_SIZE = 100; // rows per page of the full list

    /** The longest line read; a row line is well under 1 KiB (an 80-character name, ids of at most 128). */
    static final int MAX_LINE_BYTES = 4 << 10;

    /**
     * The most decompressed bytes one page reads: far above what a file this class wrote holds
     * ({@link CleanupSummary#MAX_BYTES}), so that no page of ours is ever cut, and low enough that a page of a file
     * that decompresses to gigabytes costs a fraction of a second.
     */
    static final long MAX_PAGE_BYTES = 64L << 20;

    private static final byte NEWLINE = '\n';

    /** Writes the side file anew, or appends the rows as one further gzip member; refuses a symbolic link. */
    public static void write(Path file, List<SummaryRow> rows, boolean append) throws IOException {
        if (append && rows.isEmpty()) {
            return;
        }
        OpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
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

    /** Skips to the start of the next line, or to the end of the file or of the budget; returns the bytes skipped. */
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
