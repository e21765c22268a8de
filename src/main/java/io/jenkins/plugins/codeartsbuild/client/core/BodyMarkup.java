package io.jenkins.plugins.codeartsbuild.client.core;

/**
 * Where the markup of one response body ends, for {@link Texts#excerpt}: comments, {@code script} and {@code style}
 * elements, tags and character references. Never parsed as XML or HTML; the ends are found with memoized forward
 * searches, so that a body full of unclosed markup is still scanned in linear time.
 */
final class BodyMarkup {
    private final String s;
    private final Memo tagEnd = new Memo(">", false);
    private final Memo commentEnd = new Memo("-->", false);
    private final Memo scriptEnd = new Memo("</script", true);
    private final Memo styleEnd = new Memo("</style", true);

    BodyMarkup(String s) {
        this.s = s;
    }

    /** The body with each piece of markup replaced by one space; linear in the body, whatever it holds. */
    static String strip(String body) {
        BodyMarkup markup = new BodyMarkup(body);
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            int next = c == '<' ? markup.skipMarkup(i) : c == '&' ? markup.skipEntity(i) : i;
            out.append(next > i ? ' ' : c);
            i = Math.max(next, i + 1);
        }
        return out.toString();
    }

    /** At a {@code <}: the index after the markup starting there, or {@code i} when it is plain text. */
    int skipMarkup(int i) {
        if (s.startsWith("<!--", i)) {
            int end = commentEnd.find(s, i + 4);
            return end < 0 ? s.length() : end + 3;
        }
        Memo element = opens(i, "<script") ? scriptEnd : opens(i, "<style") ? styleEnd : null;
        if (element != null) {
            int close = element.find(s, i + 1);
            if (close >= 0) {
                int end = tagEnd.find(s, close);
                return end < 0 ? s.length() : end + 1;
            }
        }
        int end = tagEnd.find(s, i + 1);
        return end < 0 ? i : end + 1;
    }

    /** At a {@code &}: the index after {@code &name;}, {@code &#123;} or {@code &#x1f;}, or {@code i} if none. */
    int skipEntity(int i) {
        int limit = Math.min(s.length(), i + 34);
        int j = i + 1;
        if (j < limit && s.charAt(j) == '#') {
            j++;
        }
        int start = j;
        while (j < limit && Character.isLetterOrDigit(s.charAt(j))) {
            j++;
        }
        return j > start && j < limit && s.charAt(j) == ';' ? j + 1 : i;
    }

    /** Whether the tag at {@code i} is {@code open}, in any case ({@code <scripts>} is another tag). */
    private boolean opens(int i, String open) {
        int after = i + open.length();
        return s.regionMatches(true, i, open, 0, open.length())
                && (after >= s.length() || !Character.isLetterOrDigit(s.charAt(after)));
    }

    /**
     * Searches one needle forward through one text, remembering the last answer: as callers only move forward, each
     * character of the text is compared at most once per starting position and the needle length is tiny.
     */
    private static final class Memo {
        private final String needle;
        private final boolean ignoreCase;
        private int from = Integer.MAX_VALUE;
        private int found = -1;

        Memo(String needle, boolean ignoreCase) {
            this.needle = needle;
            this.ignoreCase = ignoreCase;
        }

        int find(String s, int start) {
            if (start >= from && (found < 0 || found >= start)) {
                return found;
            }
            from = start;
            found = -1;
            for (int i = start; i + needle.length() <= s.length(); i++) {
                if (s.regionMatches(ignoreCase, i, needle, 0, needle.length())) {
                    found = i;
                    break;
                }
            }
            return found;
        }
    }
}
