package io.jenkins.plugins.codeartsbuild.client.core;

/**
 * The cleaning of text for messages and logs. Everything a remote side sends (bodies, error codes and messages,
 * request ids, {@code Location}, transport failure texts) goes through {@link #oneLine}, {@link #excerpt} or
 * {@link CharacterRules#safeId} before it reaches a message, a log line or a result: no control character, no line
 * break, bounded length; what the user typed is shown through {@link #escapeAndShorten}. Every helper runs in time
 * linear in its input, whatever the input.
 */
public final class Texts {

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
     * character replaced by {@code ?}. At most {@code max} characters in all: a longer text is cut, never between
     * the two halves of a surrogate pair, and ends with {@code ...} inside that bound. Never {@code null}.
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
     * and character references removed (never parsed as XML), then as {@link #oneLine}, {@code max} bounding it the
     * same way. Linear in the body, and it stops reading once the line is full.
     */
    public static String excerpt(String body, int max) {
        if (body == null) {
            return "";
        }
        Line line = new Line(max);
        BodyMarkup markup = new BodyMarkup(body);
        int n = body.length();
        int i = 0;
        while (i < n && !line.full()) {
            char c = body.charAt(i);
            if (c == '<') {
                int next = markup.skipMarkup(i);
                if (next > i) {
                    line.space();
                    i = next;
                    continue;
                }
            } else if (c == '&') {
                int next = markup.skipEntity(i);
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
     * A URL as typed, with any user info ({@code user:password@}) replaced by {@code ****@}, for messages. Not
     * OkHttp's {@code HttpUrl.redact()}: that one also drops the path and query, and needs text that parses as an
     * http(s) URL, where this runs on whatever was typed or sent as {@code Location}.
     */
    public static String withoutUserInfo(String url) {
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

    /** Builds one line: folds white space, replaces unsafe characters, stops at a length that includes the ellipsis. */
    private static final class Line {
        private static final String ELLIPSIS = "...";
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
                end();
                return;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.append(chars);
        }

        /**
         * Marks the text as cut: what is written is cut back to leave room for the ellipsis within {@code max}, one
         * character further when the cut would fall inside a surrogate pair (the line only holds whole pairs).
         */
        private void end() {
            truncated = true;
            String ellipsis = ELLIPSIS.substring(0, Math.max(0, Math.min(ELLIPSIS.length(), max)));
            int cut = Math.min(sb.length(), max - ellipsis.length());
            if (cut > 0 && cut < sb.length() && Character.isHighSurrogate(sb.charAt(cut - 1))) {
                cut--;
            }
            sb.setLength(Math.max(0, cut));
            sb.append(ellipsis);
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
