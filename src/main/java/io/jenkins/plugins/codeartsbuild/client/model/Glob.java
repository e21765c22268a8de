package io.jenkins.plugins.codeartsbuild.client.model;

import java.util.Arrays;

/**
 * A job name pattern: {@code *} matches any run of characters, {@code ?} exactly one, {@code \*}, {@code \?} and
 * {@code \\} the character itself (a backslash before any other character, or at the end, is itself); everything else
 * matches itself; anchored at both ends, case-sensitive. Matched without regular expressions, in time proportional to
 * the product of the two lengths at worst (no backtracking blow-up, whatever the pattern).
 */
public final class Glob {

    /** A pattern's parts: a literal character, or {@code ANY_ONE}, or {@code ANY_RUN}. */
    private static final int ANY_ONE = -1;

    private static final int ANY_RUN = -2;

    private final int[] p;

    private Glob(int[] parts) {
        this.p = parts;
    }

    /** The pattern, compiled once to be matched against many names. */
    static Glob of(String pattern) {
        int[] parts = new int[pattern.length()];
        int n = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length() && "\\*?".indexOf(pattern.charAt(i + 1)) >= 0) {
                parts[n++] = pattern.charAt(++i);
            } else {
                parts[n++] = c == '*' ? ANY_RUN : c == '?' ? ANY_ONE : c;
            }
        }
        return new Glob(Arrays.copyOf(parts, n));
    }

    boolean matches(String name) {
        int i = 0;
        int n = 0;
        int star = -1;
        int resume = 0;
        while (n < name.length()) {
            if (i < p.length && (p[i] == ANY_ONE || p[i] == name.charAt(n))) {
                i++;
                n++;
            } else if (i < p.length && p[i] == ANY_RUN) {
                star = i++;
                resume = n;
            } else if (star >= 0) {
                i = star + 1;
                n = ++resume;
            } else {
                return false;
            }
        }
        while (i < p.length && p[i] == ANY_RUN) {
            i++;
        }
        return i == p.length;
    }

    /**
     * The longest run of plain characters of the pattern, escapes resolved: what a server-side substring search may
     * narrow the list by without losing a match; empty when the pattern has none (then no search is asked for).
     */
    String longestLiteral() {
        String best = "";
        StringBuilder run = new StringBuilder();
        for (int part : p) {
            if (part >= 0) {
                run.append((char) part);
            } else {
                best = run.length() > best.length() ? run.toString() : best;
                run.setLength(0);
            }
        }
        return run.length() > best.length() ? run.toString() : best;
    }

    /**
     * The pattern with each lone {@code \} written right before a {@code $} (an odd run of them: a backslash that
     * stands for itself there) doubled, so that it still means one backslash once a build variable's value, quoted
     * ({@link #quote}), is inserted after it: otherwise it would escape the value's own first {@code \} and turn a
     * quoted {@code \*} back into a wildcard. The pattern means the same before and after: {@code \} before a
     * character other than {@code \}, {@code *} and {@code ?} is a backslash, as {@code \\} is. Jenkins'
     * {@code Util.replaceMacro} does the expanding and tells its resolver only a variable's name, never what precedes
     * it, which is why this is done on the written pattern, before; the run before a variable is all written text
     * (a quoted value leaves an even run), so doubling here is what doubling at each insertion would do.
     */
    public static String beforeExpansion(String pattern) {
        StringBuilder sb = new StringBuilder(pattern.length() + 4);
        int run = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '$' && run % 2 != 0) {
                sb.append('\\');
            }
            run = c == '\\' ? run + 1 : 0;
            sb.append(c);
        }
        return sb.toString();
    }

    /** The pattern that matches exactly {@code text}: its {@code \}, {@code *} and {@code ?} escaped. */
    public static String quote(String text) {
        return text.replaceAll("[\\\\*?]", "\\\\$0");
    }
}
