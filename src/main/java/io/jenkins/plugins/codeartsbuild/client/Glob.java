package io.jenkins.plugins.codeartsbuild.client;

/**
 * A job name pattern: {@code *} matches any run of characters, {@code ?} exactly one, everything else itself;
 * anchored at both ends, case-sensitive, no escapes. Matched without regular expressions, in time proportional to
 * the product of the two lengths at worst (no backtracking blow-up, whatever the pattern).
 */
final class Glob {

    private Glob() {}

    static boolean matches(String pattern, String name) {
        int p = 0;
        int n = 0;
        int star = -1;
        int resume = 0;
        while (n < name.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == name.charAt(n))) {
                p++;
                n++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = n;
            } else if (star >= 0) {
                p = star + 1;
                n = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    /**
     * The longest run of plain characters of the pattern: what a server-side substring search may narrow the list
     * by without losing a match; empty when the pattern has none (then no search is asked for).
     */
    static String longestLiteral(String pattern) {
        String best = "";
        int start = 0;
        for (int i = 0; i <= pattern.length(); i++) {
            if (i == pattern.length() || pattern.charAt(i) == '*' || pattern.charAt(i) == '?') {
                if (i - start > best.length()) {
                    best = pattern.substring(start, i);
                }
                start = i + 1;
            }
        }
        return best;
    }
}
