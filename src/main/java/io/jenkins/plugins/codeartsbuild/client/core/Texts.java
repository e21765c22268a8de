package io.jenkins.plugins.codeartsbuild.client.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The cleaning and the character rules of text for messages and logs. Everything a remote side sends (bodies, error
 * codes and messages, request ids, {@code Location}, transport failure texts) goes through {@link #oneLine},
 * {@link #excerpt} or {@link #safeId} before it reaches a message, a log line or a result: no control character, no
 * line break, bounded length; what the user typed is shown through {@link #escapeAndShorten}. What is checked rather
 * than cleaned (ids the user gives, keys and tokens) has its rule here too, and so has the removal of the secrets a
 * request carried ({@link #redact}). Every helper runs in time linear in its input, whatever the input.
 */
public final class Texts {

    /** The longest identifier (request id, project id, error code) shown or returned. */
    static final int MAX_ID = 128;

    /** A body cut at the read cap may end inside a secret: a tail this long that starts a secret is removed too. */
    private static final int MIN_TAIL = 8;

    private static final String ELLIPSIS = "...";

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
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
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
        StringBuilder sb = new StringBuilder();
        boolean pendingSpace = false;
        // one character past max is enough to know that the text is cut: the rest is never read
        for (int i = 0; i < text.length() && sb.length() <= max; ) {
            int c = text.codePointAt(i); // an unpaired surrogate comes back alone, of type SURROGATE
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = sb.length() > 0;
            } else {
                sb.append(pendingSpace ? " " : "").appendCodePoint(isSafe(Character.getType(c)) ? c : '?');
                pendingSpace = false;
            }
        }
        if (sb.length() <= max) {
            return sb.toString();
        }
        String ellipsis = ELLIPSIS.substring(0, Math.min(ELLIPSIS.length(), max));
        int cut = max - ellipsis.length();
        if (cut > 0 && Character.isHighSurrogate(sb.charAt(cut - 1))) {
            cut--; // the line only holds whole pairs
        }
        return sb.substring(0, cut) + ellipsis;
    }

    private static boolean isSafe(int type) {
        return type != Character.CONTROL
                && type != Character.FORMAT
                && type != Character.PRIVATE_USE
                && type != Character.UNASSIGNED
                && type != Character.SURROGATE;
    }

    /** A response body on one line of a message: its markup removed ({@link BodyMarkup}), then as {@link #oneLine}. */
    public static String excerpt(String body, int max) {
        return body == null ? "" : oneLine(BodyMarkup.strip(body), max);
    }

    /**
     * A URL as typed, with any user info ({@code user:password@}) replaced by {@code ****@}, for messages: all from
     * the scheme up to the last {@code @}, wherever it is. Not OkHttp's {@code HttpUrl.redact()}: that one also drops
     * the path and query, and needs text that parses as an http(s) URL, where this runs on whatever was typed or sent
     * as {@code Location}.
     */
    public static String withoutUserInfo(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("//");
        int start = scheme < 0 ? 0 : scheme + 2;
        // not only up to the first '/', '?' or '#': a password typed unescaped may hold them, and end the authority
        // early for a parser. A path or query with an '@' is hidden up to it too, which hides nothing a message needs
        int at = url.lastIndexOf('@');
        return at < start ? url : url.substring(0, start) + "****" + url.substring(at);
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
            if (!(isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
                return null;
            }
        }
        return value;
    }

    /** Between {@code min} and {@code max} ASCII letters or digits, nothing else ({@code null} is not). */
    public static boolean isAlphanumeric(String s, int min, int max) {
        return s != null
                && s.length() >= min
                && s.length() <= max
                && s.chars().allMatch(c -> isAsciiLetterOrDigit((char) c));
    }

    /** Visible ASCII only: no white space, control or non-ASCII character (what a key or a token may hold). */
    public static boolean isVisibleAscii(String s) {
        return s.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /**
     * The text with every secret a request carried (the SK, an IAM token, a signature; blank ones and {@code null}
     * ignored) replaced by {@code ****}, before anything the other side sent is quoted: a gateway or a proxy may echo
     * the request. Each secret is removed as sent and in the forms an echo may take (JSON-escaped once or twice, with
     * or without {@code \/}, URL-encoded, HTML-escaped). {@code null} stays {@code null}.
     */
    public static String redact(String text, List<String> secrets) {
        String out = text;
        for (String s : secrets) {
            if (out == null || isBlank(s)) {
                continue;
            }
            String json = s.replace("\\", "\\\\").replace("\"", "\\\"");
            String jsonTwice = json.replace("\\", "\\\\").replace("\"", "\\\"");
            String html = s.replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                    .replace("\"", "&quot;");
            for (String form : List.of(
                    s,
                    json,
                    json.replace("/", "\\/"),
                    jsonTwice,
                    jsonTwice.replace("/", "\\/"),
                    URLEncoder.encode(s, StandardCharsets.UTF_8),
                    html)) {
                out = replaceAll(out, form);
            }
        }
        return out;
    }

    /**
     * Replaces every occurrence of {@code form}, and a tail of the text that is the start of it. Plain string search:
     * linear in the text for secrets that do not repeat themselves, as keys, tokens and signatures do not.
     */
    private static String replaceAll(String text, String form) {
        String out = text.replace(form, "****");
        for (int at = Math.max(0, out.length() - form.length() + 1); at <= out.length() - MIN_TAIL; at++) {
            if (out.regionMatches(at, form, 0, out.length() - at)) {
                return out.substring(0, at) + "****";
            }
        }
        return out;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
