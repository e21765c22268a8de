package io.jenkins.plugins.codeartsbuild.client.jobs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a build page shows of one delete, restore or dry run: the counts per outcome and the first rows; all rows
 * (at most {@value #MAX_ROWS}, and {@value #MAX_BYTES} bytes before compression) go to a side file ({@link SummaryFile}), so that the build's record stays small
 * whatever the batch. Flat fields of simple types: XStream stores and loads it as it is.
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
    private final transient List<SummaryRow> rows;

    private CleanupSummary(Operation operation, boolean dryRun, int total, List<SummaryRow> rows) {
        this.operation = operation;
        this.dryRun = dryRun;
        this.total = total;
        this.counts = new LinkedHashMap<>();
        for (SummaryRow r : rows) {
            counts.merge(r.getOutcome(), 1, Integer::sum);
        }
        this.rows = List.copyOf(rows.subList(0, keptOf(rows)));
        this.kept = this.rows.size();
        this.firstRows = new ArrayList<>(this.rows.subList(0, Math.min(this.rows.size(), FIRST_ROWS)));
    }

    /** How many of the first rows fit within {@link #MAX_ROWS} and {@link #MAX_BYTES}. */
    private static int keptOf(List<SummaryRow> rows) {
        long bytes = 0;
        int n = 0;
        while (n < rows.size() && n < MAX_ROWS) {
            bytes += rows.get(n).toLine().getBytes(StandardCharsets.UTF_8).length + 1;
            if (bytes > MAX_BYTES) {
                break;
            }
            n++;
        }
        return n;
    }

    /**
     * @param total how many jobs the selection held: more than the rows for a dry run above {@code maxJobs}, which
     *     reports a sample
     */
    public static CleanupSummary of(Operation operation, boolean dryRun, int total, List<SummaryRow> rows) {
        return new CleanupSummary(operation, dryRun, total, rows);
    }

    public static CleanupSummary of(BatchResult r) {
        List<SummaryRow> rows = new ArrayList<>();
        for (JobOutcome o : r.getOutcomes()) {
            rows.add(SummaryRow.of(o));
        }
        return of(Operation.DELETE, r.getPlan().dryRun(), r.selected(), rows);
    }

    public static CleanupSummary of(RestoreResult r) {
        List<SummaryRow> rows = new ArrayList<>();
        for (RestoreOutcome o : r.outcomes()) {
            rows.add(SummaryRow.of(o));
        }
        return of(Operation.RESTORE, r.plan().dryRun(), r.selected(), rows);
    }

    public Operation getOperation() {
        return operation;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** The jobs the selection held. */
    public int getTotal() {
        return total;
    }

    /** The rows kept in the side file. */
    public int getKept() {
        return kept;
    }

    /** Rows beyond {@link #MAX_ROWS}, and a dry run's jobs beyond its sample: counted, not listed. */
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

    /** All rows kept, to write to the side file; empty once loaded back (only the side file has them then). */
    public List<SummaryRow> rowsToWrite() {
        return rows == null ? List.of() : rows;
    }
}
