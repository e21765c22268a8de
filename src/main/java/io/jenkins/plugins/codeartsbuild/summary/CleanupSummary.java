package io.jenkins.plugins.codeartsbuild.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import okio.BufferedSink;
import okio.Okio;

/**
 * What a build page shows of one delete, restore or dry run, or of several folded into one: the counts per outcome
 * and the first rows; all rows (at most {@value #MAX_ROWS}, and {@value #MAX_BYTES} bytes before compression, however
 * many runs are folded in) go to a side file ({@link #write}), so that the build's record stays small whatever the
 * batch. Flat fields of simple types: XStream stores and loads it as it is. Never changed once made: a fold makes a
 * new one, so that a build record written meanwhile holds either the summary before or the one after, whole.
 */
public final class CleanupSummary {

    /** The rows the build page shows itself. */
    public static final int FIRST_ROWS = 20;

    /** The rows kept at most; a larger batch says how many were left out. */
    public static final int MAX_ROWS = 20_000;

    /**
     * The most bytes of row lines kept, before compression (gzip never grows them by more than a few bytes): names
     * that do not compress, such as long Chinese ones, stop the list here rather than make a large file.
     */
    public static final int MAX_BYTES = 4 << 20;

    /** Writes the side file's lines ({@link Row#toLine()}) and reads them back ({@link SummaryReader}). */
    static final ObjectMapper JSON = new ObjectMapper();

    final Operation operation;
    final boolean dryRun;
    /** The jobs the selection held (of every run, for a fold). */
    final int total;

    final LinkedHashMap<String, Integer> counts;
    final ArrayList<Row> firstRows;
    private final int kept;
    /** The bytes of the kept rows' lines, for a fold's cap; 0 in a record without the field (nothing folds into it). */
    private final int keptBytes;
    /** The runs folded into this summary; 0 for a summary of one run, and in a record without the field. */
    final int runs;
    /** The rows to write to the side file (a fold's: to append to it); not stored. */
    private final transient List<Row> rows;

    private CleanupSummary(
            Operation operation,
            boolean dryRun,
            int total,
            LinkedHashMap<String, Integer> counts,
            ArrayList<Row> firstRows,
            int kept,
            int keptBytes,
            int runs,
            List<Row> rows) {
        this.operation = operation;
        this.dryRun = dryRun;
        this.total = total;
        this.counts = counts;
        this.firstRows = firstRows;
        this.kept = kept;
        this.keptBytes = keptBytes;
        this.runs = runs;
        this.rows = rows;
    }

    /** @param total how many jobs the selection held: more than the rows for a dry run's sample above maxJobs */
    public static CleanupSummary of(Operation operation, boolean dryRun, int total, List<Row> rows) {
        LinkedHashMap<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.merge(r.outcome, 1, Integer::sum));
        return new CleanupSummary(operation, dryRun, 0, new LinkedHashMap<>(), new ArrayList<>(), 0, 0, 0, List.of())
                .plus(dryRun, total, counts, rows, 0);
    }

    public static CleanupSummary of(Result r) {
        return of(
                r.operation(),
                r.dryRun(),
                r.selected(),
                r.outcomes().stream().map(Row::of).toList());
    }

    /** This summary as the first run of a fold ({@link #fold}); its side file is written from these rows as usual. */
    public CleanupSummary asFold() {
        return new CleanupSummary(
                operation, dryRun, total, counts, firstRows, kept, keptBytes, Math.max(1, runs), rowsToWrite());
    }

    /**
     * This fold with one more run in it, all counts added up; the rows of {@code next} kept within {@link #MAX_ROWS}
     * and {@link #MAX_BYTES} with those of every run before (the others counted, not listed), the first rows filled up
     * to {@value #FIRST_ROWS}. The result's {@link #rowsToWrite()} are the rows to append to the side file.
     */
    public CleanupSummary fold(CleanupSummary next) {
        return plus(dryRun && next.dryRun, next.total, next.counts, next.rowsToWrite(), Math.max(1, runs) + 1);
    }

    /** This summary with more jobs counted, and of their rows the first that fit within the caps kept. */
    private CleanupSummary plus(boolean dry, int more, Map<String, Integer> moreCounts, List<Row> moreRows, int runs) {
        LinkedHashMap<String, Integer> sum = new LinkedHashMap<>(counts);
        moreCounts.forEach((code, n) -> sum.merge(code, n, Integer::sum));
        long bytes = 0;
        int n = 0;
        while (n < moreRows.size() && kept + n < MAX_ROWS) {
            long line = moreRows.get(n).toLine().getBytes(StandardCharsets.UTF_8).length + 1L;
            if (keptBytes + bytes + line > MAX_BYTES) {
                break;
            }
            bytes += line;
            n++;
        }
        List<Row> fit = List.copyOf(moreRows.subList(0, n));
        ArrayList<Row> first = new ArrayList<>(firstRows);
        first.addAll(fit.subList(0, Math.min(n, Math.max(0, FIRST_ROWS - firstRows.size()))));
        int all = (int) Math.min(Integer.MAX_VALUE, (long) total + more);
        return new CleanupSummary(operation, dry, all, sum, first, kept + n, keptBytes + (int) bytes, runs, fit);
    }

    /** The rows kept in the side file. */
    public int getKept() {
        return kept;
    }

    /** Rows beyond the caps, and a dry run's jobs beyond its sample: counted, not listed. */
    public int getNotListed() {
        return Math.max(0, total - kept);
    }

    /** How many rows had each outcome code, in the order they first appeared. */
    public Map<String, Integer> getCounts() {
        return Collections.unmodifiableMap(counts);
    }

    public List<Row> getFirstRows() {
        return Collections.unmodifiableList(firstRows);
    }

    /** The rows for the side file: all kept, or a fold's of its last run; empty once loaded (the file has them). */
    public List<Row> rowsToWrite() {
        return rows == null ? List.of() : rows;
    }

    /**
     * Writes the side file anew, or appends the rows as one further gzip member; refuses a symbolic link in the file's
     * own name (the build's directory may well be reached through one). One row a line ({@link Row#toLine()}), gzipped;
     * {@code GZIPInputStream} reads appended members on as one stream ({@link SummaryReader} reads it).
     */
    public static void write(Path file, List<Row> rows, boolean append) throws IOException {
        if (append && rows.isEmpty()) {
            return;
        }
        StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (BufferedSink out = Okio.buffer(Okio.sink(new GZIPOutputStream(Files.newOutputStream(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode, LinkOption.NOFOLLOW_LINKS))))) {
            for (Row r : rows) {
                out.writeUtf8(r.toLine()).writeByte('\n');
            }
        }
    }

    /**
     * One job of a summary, as the build keeps it: ids, a cleaned name and the outcome, never an error text or a
     * secret. A plain class with flat fields of simple types, so that XStream stores and loads it as it is.
     */
    public static final class Row {

        /** The longest name kept, in characters (longer ones are shortened with an ellipsis). */
        static final int NAME_LENGTH = 80;

        private final String name;
        private final String jobId;
        /** The CodeArts project (not the IAM project): the name the steps' maps and options use. */
        private final String codeArtsProjectId;

        private final String outcome;
        private final int attempts;
        private final String requestId;

        /**
         * @param outcome a code such as {@code DELETED}, {@code RESTORED} or {@code DELETED/PURGED} (letters, digits,
         *     {@code _} and {@code /}; anything else becomes {@code UNKNOWN})
         */
        public Row(
                String name, String jobId, String codeArtsProjectId, String outcome, int attempts, String requestId) {
            this.name = name == null ? null : Texts.oneLine(name, NAME_LENGTH);
            this.jobId = Texts.safeId(jobId);
            this.codeArtsProjectId = Texts.safeId(codeArtsProjectId);
            this.outcome = outcome != null && outcome.matches("[A-Z_/]{1,60}") ? outcome : "UNKNOWN";
            this.attempts = Math.max(0, attempts);
            this.requestId = Texts.safeId(requestId);
        }

        /** A job of a delete or a restore; a deleted job's with its purge's outcome after a {@code /}, if asked. */
        static Row of(Outcome o) {
            String outcome = o.status().name()
                    + (o.purge() == null ? "" : "/" + o.purge().status().name());
            return new Row(o.name(), o.jobId(), o.codeArtsProjectId(), outcome, o.attempts(), o.requestId());
        }

        public String getName() {
            return name;
        }

        public String getJobId() {
            return jobId;
        }

        public String getCodeArtsProjectId() {
            return codeArtsProjectId;
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
            return JSON.valueToTree(new Object[] {name, jobId, codeArtsProjectId, outcome, attempts, requestId})
                    .toString();
        }
    }
}
