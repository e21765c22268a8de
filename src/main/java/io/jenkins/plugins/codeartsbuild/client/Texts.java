package io.jenkins.plugins.codeartsbuild.client;

/**
 * Text helpers for messages. Everything a remote side sends (bodies, error codes and messages, request ids,
 * {@code Location}, transport failure texts) goes through {@link #oneLine}, {@link #excerpt} or {@link #safeId}
 * before it reaches a message, a log line or a result: no control character, no line break, bounded length. Every
 * helper runs in time linear in its input, whatever the input.
 */
public final class Texts {

    /** The longest identifier (request id, project id, error code) shown or returned. */
    static final int MAX_ID = 128;

    private Texts() {}

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * A value the user typed, made safe to show: control, non-ASCII and backslash characters escaped as Java
     * escapes, at most {@code max} characters of the original, then the total length.
     */
    public static String escapeAndShorten(String value, int max) {
        if (value == null) {
            return "''";
        }
        StringBuilder sb = new StringBuilder("'");
        int shown = Math.min(value.length(), max);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('\'');
        if (value.length() > shown) {
            sb.append("... (").append(value.length()).append(" characters)");
        }
        return sb.toString();
    }

    /**
     * Remote text made fit for one line: white space of any kind (line breaks, tabs, Unicode separators) folded to
     * one space, every other control, format (bidi overrides, zero-width), private-use or unpaired surrogate
     * character replaced by {@code ?}, at most {@code max} characters then {@code ...}. Never {@code null}.
     */
    public static String oneLine(String text, int max) {
        if (text == null) {
            return "";
        }
        Line line = new Line(max);
        for (int i = 0; i < text.length() && !line.full(); i++) {
            i = line.append(text, i);
        }
        return line.toString();
    }

    /**
     * A response body made fit for one line of a message: comments, {@code script} and {@code style} elements, tags
     * and character references removed (never parsed as XML), then as {@link #oneLine}. Linear in the body, and it
     * stops reading once {@code max} characters are written.
     */
    static String excerpt(String body, int max) {
        if (body == null) {
            return "";
        }
        Line line = new Line(max);
        Scan scan = new Scan(body);
        int n = body.length();
        int i = 0;
        while (i < n && !line.full()) {
            char c = body.charAt(i);
            if (c == '<') {
                int next = scan.skipMarkup(i);
                if (next > i) {
                    line.space();
                    i = next;
                    continue;
                }
            } else if (c == '&') {
                int next = skipEntity(body, i);
                if (next > i) {
                    line.space();
                    i = next;
                    continue;
                }
            }
            i = line.append(body, i) + 1;
        }
        return line.toString();
    }

    /**
     * An identifier from the remote side (request id, project id, error code), or {@code null} when it is not
     * 1 to {@value #MAX_ID} characters of {@code [A-Za-z0-9._-]}: such a value is left out rather than shown.
     */
    public static String safeId(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_ID) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == '-')) {
                return null;
            }
        }
        return value;
    }

    /** Between {@code min} and {@code max} ASCII letters or digits, nothing else ({@code null} is not). */
    public static boolean isAlphanumeric(String s, int min, int max) {
        if (s == null || s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /** Visible ASCII only: no white space, control or non-ASCII character (what a key or a token may hold). */
    public static boolean isVisibleAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** A URL as typed, with any user info ({@code user:password@}) replaced by {@code ****@}, for messages. */
    static String withoutUserInfo(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("//");
        int start = scheme < 0 ? 0 : scheme + 2;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        int at = url.lastIndexOf('@', end - 1);
        return at < start ? url : url.substring(0, start) + "****" + url.substring(at);
    }

    /** {@code &name;}, {@code &#123;} or {@code &#x1f;}: the index after it, or {@code i} when there is none. */
    private static int skipEntity(String s, int i) {
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

    /** Finds the ends of markup with memoized searches, so that a body of unclosed markup is still scanned once. */
    private static final class Scan {
        private final String s;
        private final Memo tagEnd = new Memo(">", false);
        private final Memo commentEnd = new Memo("-->", false);
        private final Memo scriptEnd = new Memo("</script", true);
        private final Memo styleEnd = new Memo("</style", true);

        Scan(String s) {
            this.s = s;
        }

        /** At a {@code <}: the index after the markup starting there, or {@code i} when it is plain text. */
        int skipMarkup(int i) {
            if (s.startsWith("<!--", i)) {
                int end = commentEnd.find(s, i + 4);
                return end < 0 ? s.length() : end + 3;
            }
            Memo element = element(i, "<script", scriptEnd);
            if (element == null) {
                element = element(i, "<style", styleEnd);
            }
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

        private Memo element(int i, String open, Memo close) {
            int after = i + open.length();
            if (!s.regionMatches(true, i, open, 0, open.length())) {
                return null;
            }
            return after >= s.length() || !Character.isLetterOrDigit(s.charAt(after)) ? close : null;
        }
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

    /** Builds one line: folds white space, replaces unsafe characters, stops at a length. */
    private static final class Line {
        private final StringBuilder sb = new StringBuilder();
        private final int max;
        private boolean pendingSpace;
        private boolean truncated;

        Line(int max) {
            this.max = max;
        }

        boolean full() {
            return truncated;
        }

        void space() {
            pendingSpace = sb.length() > 0;
        }

        /** Appends the character (or surrogate pair) at {@code i}; returns the index of its last char. */
        int append(String s, int i) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space();
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                put(safe(Character.getType(cp)) ? new String(Character.toChars(cp)) : "?");
                return i + 1;
            }
            put(safe(Character.getType(c)) && !Character.isSurrogate(c) ? String.valueOf(c) : "?");
            return i;
        }

        private static boolean safe(int type) {
            return type != Character.CONTROL
                    && type != Character.FORMAT
                    && type != Character.PRIVATE_USE
                    && type != Character.UNASSIGNED
                    && type != Character.SURROGATE;
        }

        private void put(String chars) {
            int room = max - sb.length() - (pendingSpace ? 1 : 0);
            if (room < chars.length()) {
                truncated = true;
                sb.append("...");
                return;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.append(chars);
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
