package io.jenkins.plugins.codeartsbuild.summary;

import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Outcome;
import java.util.Locale;

/**
 * One job of a cleanup's summary, as the build keeps it: ids, a cleaned name and the outcome, never an error text or a
 * secret. A plain class with flat fields of simple types, so that XStream stores and loads it as it is.
 */
public final class SummaryRow {

    /** The longest name kept, in characters (longer ones are shortened with an ellipsis). */
    static final int NAME_LENGTH = 80;

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

    /** The outcome's code, as {@link #SummaryRow} describes it. */
    public String getOutcome() {
        return outcome;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getRequestId() {
        return requestId;
    }

    /** One line of the side file: the fields separated by tabs, each escaped so that no field holds a tab or break. */
    String toLine() {
        return String.join(
                "\t", esc(name), esc(jobId), esc(projectId), outcome, Integer.toString(attempts), esc(requestId));
    }

    /** The row of a line {@link #toLine()} wrote; {@code null} for a line that is not one. */
    static SummaryRow fromLine(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
            return null;
        }
        int attempts;
        try {
            attempts = Integer.parseInt(f[4]);
        } catch (NumberFormatException e) {
            return null;
        }
        return new SummaryRow(unesc(f[0]), unesc(f[1]), unesc(f[2]), f[3], attempts, unesc(f[5]));
    }

    /** {@code \\} for a backslash, {@code \t} and {@code \n} for tab and line break, {@code \0} for null. */
    private static String esc(String s) {
        if (s == null) {
            return "\\0";
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unesc(String s) {
        if (s.equals("\\0")) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SummaryRow[%s, %s, %s]", jobId, name, outcome);
    }
}
