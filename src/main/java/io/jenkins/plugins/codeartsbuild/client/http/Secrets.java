package io.jenkins.plugins.codeartsbuild.client.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The secrets one request carried (the SK, an IAM token, a signature), to be removed from anything the other side
 * sends back before it is quoted: a gateway or a proxy may echo the request. Each secret is removed as sent and in
 * the forms an echo may take (JSON-escaped once or twice, with or without {@code \/}, URL-encoded, HTML-escaped).
 * Immutable; the forms are worked out only when something is redacted (failures), and the search is linear.
 */
public final class Secrets {

    static final Secrets NONE = new Secrets(new String[0]);
    static final String MASK = "****";

    private final String[] values;
    private Set<String> forms;

    private Secrets(String[] values) {
        this.values = values;
    }

    public static Secrets of(String... secrets) {
        return NONE.with(secrets);
    }

    /** These secrets and more; blank ones are ignored. */
    Secrets with(String... more) {
        int added = 0;
        for (String s : more) {
            if (s != null && !s.isBlank()) {
                added++;
            }
        }
        if (added == 0) {
            return this;
        }
        String[] all = Arrays.copyOf(values, values.length + added);
        int i = values.length;
        for (String s : more) {
            if (s != null && !s.isBlank()) {
                all[i++] = s;
            }
        }
        return new Secrets(all);
    }

    /** Whether the text contains a secret as it is: enough for a plain id, in which no escaped form can appear. */
    boolean containsRaw(String text) {
        for (String s : values) {
            if (text.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The text with every form of every secret replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public String redact(String text) {
        if (text == null || values.length == 0) {
            return text;
        }
        String out = text;
        for (String form : forms()) {
            out = replaceAll(out, form);
        }
        return out;
    }

    private synchronized Set<String> forms() {
        if (forms == null) {
            forms = computeForms();
        }
        return forms;
    }

    private Set<String> computeForms() {
        Set<String> all = new LinkedHashSet<>();
        for (String s : values) {
            String json = s.replace("\\", "\\\\").replace("\"", "\\\"");
            String jsonTwice = json.replace("\\", "\\\\").replace("\"", "\\\"");
            all.add(s);
            all.add(json);
            all.add(json.replace("/", "\\/"));
            all.add(jsonTwice);
            all.add(jsonTwice.replace("/", "\\/"));
            all.add(URLEncoder.encode(s, StandardCharsets.UTF_8));
            all.add(s.replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                    .replace("\"", "&quot;"));
        }
        return all;
    }

    /** A body cut at the read cap may end inside a secret: a tail this long that starts a secret is removed too. */
    private static final int MIN_TAIL = 8;

    /**
     * Replaces every occurrence of {@code needle}, and a tail of the text that is the start of it, found with
     * Knuth-Morris-Pratt: linear whatever both contain.
     */
    private static String replaceAll(String text, String needle) {
        int m = needle.length();
        if (m == 0) {
            return text;
        }
        int[] fail = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && needle.charAt(i) != needle.charAt(k)) {
                k = fail[k - 1];
            }
            if (needle.charAt(i) == needle.charAt(k)) {
                k++;
            }
            fail[i] = k;
        }
        StringBuilder out = null;
        int copied = 0;
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            while (k > 0 && text.charAt(i) != needle.charAt(k)) {
                k = fail[k - 1];
            }
            if (text.charAt(i) == needle.charAt(k)) {
                k++;
            }
            if (k == m) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i - m + 1).append(MASK);
                copied = i + 1;
                k = 0;
            }
        }
        int end = k >= MIN_TAIL ? text.length() - k : text.length();
        if (out == null && end == text.length()) {
            return text;
        }
        out = out == null ? new StringBuilder(text.length()) : out;
        out.append(text, copied, end);
        return end < text.length() ? out.append(MASK).toString() : out.toString();
    }

    @Override
    public String toString() {
        return "Secrets[" + values.length + " hidden]";
    }
}
