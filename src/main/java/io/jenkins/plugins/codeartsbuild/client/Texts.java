package io.jenkins.plugins.codeartsbuild.client;

import java.util.regex.Pattern;

/** Small text helpers for messages: showing a bad value safely and shortening a response body. */
final class Texts {

    private static final Pattern MARKUP =
            Pattern.compile("(?s)<!--.*?-->|<script.*?</script>|<style.*?</style>|<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#?\\w+);");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {}

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * A value the user typed, made safe to show: control, non-ASCII and backslash characters escaped as Java
     * escapes, at most {@code max} characters of the original, then the total length.
     */
    static String escapeAndShorten(String value, int max) {
        if (value == null) {
            return "null";
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
     * A response body made fit for one line of a message: markup removed (never parsed), white space folded,
     * at most {@code max} characters.
     */
    static String excerpt(String body, int max) {
        if (body == null) {
            return "";
        }
        String text = body;
        if (text.indexOf('<') >= 0) {
            text = MARKUP.matcher(text).replaceAll(" ");
            text = ENTITY.matcher(text).replaceAll(" ");
        }
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}
