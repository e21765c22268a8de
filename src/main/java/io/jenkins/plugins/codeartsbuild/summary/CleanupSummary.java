package io.jenkins.plugins.codeartsbuild.summary;

import io.jenkins.plugins.codeartsbuild.client.model.Result;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a build page shows of one delete, restore or dry run, or of several folded into one: the counts per outcome
 * and the first rows; all rows (at most {@value #MAX_ROWS}, and {@value #MAX_BYTES} bytes before compression, however
 * many runs are folded in) go to a side file ({@link SummaryRow#write}), so that the build's record stays small whatever
 * the batch. Flat fields of simple types: XStream stores and loads it as it is. Never changed once made: a fold makes
 * a new one, so that a build record written meanwhile holds either the summary before or the one after, whole.
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

    /** What was done. */
    public enum Operation {
        DELETE,
        RESTORE
    }

    private final Operation operation;
    private final boolean dryRun;
    private final int total;
    private final LinkedHashMap<String, Integer> counts;
    private final ArrayList<SummaryRow> firstRows;
    private final int kept;
    /** The bytes of the kept rows' lines, for a fold's cap; 0 in a record from before folds (nothing folds into it). */
    private final int keptBytes;
    /** The runs folded into this summary; 0 for a summary of one run, as in every record from before folds. */
    private final int runs;
    /** The rows to write to the side file (a fold's: to append to it); not stored. */
    private final transient List<SummaryRow> rows;

    @SuppressWarnings("checkstyle:ParameterNumber")
    private CleanupSummary(
            Operation operation,
            boolean dryRun,
            int total,
            LinkedHashMap<String, Integer> counts,
            ArrayList<SummaryRow> firstRows,
            int kept,
            int keptBytes,
            int runs,
            List<SummaryRow> rows) {
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
    public static CleanupSummary of(Operation operation, boolean dryRun, int total, List<SummaryRow> rows) {
        LinkedHashMap<String, Integer> counts = new LinkedHashMap<>();
        for (SummaryRow r : rows) {
            counts.merge(r.getOutcome(), 1, Integer::sum);
        }
        Fit fit = Fit.of(rows, MAX_ROWS, MAX_BYTES);
        return new CleanupSummary(
                operation,
                dryRun,
                total,
                counts,
                firstOf(List.of(), fit.rows()),
                fit.rows().size(),
                fit.bytes(),
                0,
                fit.rows());
    }

    /** The summary of a delete's or a restore's result. */
    public static CleanupSummary of(Result r) {
        List<SummaryRow> rows =
                new ArrayList<>(r.outcomes().stream().map(SummaryRow::of).toList());
        return of(r.restore() ? Operation.RESTORE : Operation.DELETE, r.dryRun(), r.selected(), rows);
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
        LinkedHashMap<String, Integer> sum = new LinkedHashMap<>(counts);
        next.counts.forEach((code, n) -> sum.merge(code, n, Integer::sum));
        Fit fit = Fit.of(next.rowsToWrite(), MAX_ROWS - kept, MAX_BYTES - keptBytes);
        return new CleanupSummary(
                operation,
                dryRun && next.dryRun,
                (int) Math.min(Integer.MAX_VALUE, (long) total + next.total),
                sum,
                firstOf(firstRows, fit.rows()),
                kept + fit.rows().size(),
                keptBytes + fit.bytes(),
                Math.max(1, runs) + 1,
                fit.rows());
    }

    private static ArrayList<SummaryRow> firstOf(List<SummaryRow> before, List<SummaryRow> more) {
        ArrayList<SummaryRow> first = new ArrayList<>(before);
        first.addAll(more.subList(0, Math.max(0, Math.min(more.size(), FIRST_ROWS - before.size()))));
        return first;
    }

    /**
     * Refuses a summary, with the number of its action, that lacks what its build page needs: XStream sets no field
     * that the build record does not hold, so a record edited by hand or written in another shape loads with nulls.
     *
     * @throws IllegalStateException naming what is missing (no stored value)
     */
    public static void requireWhole(CleanupSummary summary, int number) {
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

    public Operation getOperation() {
        return operation;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** The jobs the selection held (of every run, for a fold). */
    public int getTotal() {
        return total;
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

    public List<SummaryRow> getFirstRows() {
        return Collections.unmodifiableList(firstRows);
    }

    /** How many runs were folded into this summary; 0 for a summary of one run. */
    public int getFoldedRuns() {
        return runs;
    }

    /** The rows for the side file: all kept, or a fold's of its last run; empty once loaded (the file has them). */
    public List<SummaryRow> rowsToWrite() {
        return rows == null ? List.of() : rows;
    }

    /** The first rows of a list that fit within a count and a number of bytes of their lines. */
    private record Fit(List<SummaryRow> rows, int bytes) {

        static Fit of(List<SummaryRow> rows, int maxRows, int maxBytes) {
            long bytes = 0;
            int n = 0;
            while (n < rows.size() && n < maxRows) {
                long line = rows.get(n).toLine().getBytes(StandardCharsets.UTF_8).length + 1L;
                if (bytes + line > maxBytes) {
                    break;
                }
                bytes += line;
                n++;
            }
            return new Fit(List.copyOf(rows.subList(0, n)), (int) bytes);
        }
    }
}
