package io.jenkins.plugins.codeartsbuild.client.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One numbered figure of the benchmark output: a title, rows of measurements (a label and free cells), notes, and
 * target lines that say "met" or "NOT met" (or guard lines that say "held" or "NOT held"). Columns are aligned within
 * the rows and within the targets.
 */
final class Figure {

    private final String title;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String[]> targets = new ArrayList<>();

    Figure(String title) {
        this.title = title;
    }

    /** A row of measurements: its label, then its cells. */
    Figure row(String label, String... cells) {
        String[] r = new String[cells.length + 1];
        r[0] = label;
        System.arraycopy(cells, 0, r, 1, cells.length);
        rows.add(r);
        return this;
    }

    /** A line of context printed after the rows, not aligned with them. */
    Figure note(String text) {
        notes.add(text);
        return this;
    }

    /** A target line: what is required, what was measured, and whether it was met. */
    Figure target(String requirement, String measured, boolean met) {
        targets.add(new String[] {"target: " + requirement, measured, met ? "met" : "NOT met"});
        return this;
    }

    /** A guard line: a bound that catches a regression, not a goal to tune the code toward. */
    Figure guard(String bound, String measured, boolean held) {
        targets.add(new String[] {"guard: " + bound, measured, held ? "held" : "NOT held"});
        return this;
    }

    void print(PrintStream out) {
        out.println(title);
        print(out, rows);
        for (String n : notes) {
            out.println("   " + n);
        }
        print(out, targets);
        out.flush();
    }

    private static void print(PrintStream out, List<String[]> lines) {
        int columns = 0;
        for (String[] l : lines) {
            columns = Math.max(columns, l.length);
        }
        int[] width = new int[columns];
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                width[i] = Math.max(width[i], l[i].length());
            }
        }
        for (String[] l : lines) {
            StringBuilder b = new StringBuilder("   ");
            for (int i = 0; i < l.length; i++) {
                b.append(l[i]);
                if (i + 1 < l.length) {
                    b.append(" ".repeat(width[i] - l[i].length() + 2));
                }
            }
            out.println(b.toString().stripTrailing());
        }
    }

    /** {@link String#format} in the root locale. */
    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
