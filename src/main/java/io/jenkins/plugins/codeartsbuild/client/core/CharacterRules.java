package io.jenkins.plugins.codeartsbuild.client.core;

/**
 * The character rules of what is checked rather than cleaned: identifiers from the remote side (left out when they
 * break the rule), ids the user gives, keys and tokens. Each rule runs in time linear in its input.
 */
public final class CharacterRules {

    /** The longest identifier (request id, project id, error code) shown or returned. */
    static final int MAX_ID = 128;

    private CharacterRules() {}

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
        if (s == null || s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiLetterOrDigit(s.charAt(i))) {
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

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
