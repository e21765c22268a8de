package io.jenkins.plugins.codeartsbuild.client.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The secrets one request carried (the SK, an IAM token, a signature), to be removed from anything the other side
 * sends back before it is quoted: a gateway or a proxy may echo the request. Each secret is removed as sent and in
 * the forms an echo may take (JSON-escaped once or twice, with or without {@code \/}, URL-encoded, HTML-escaped).
 * Immutable; the forms are worked out only when something is redacted (failures).
 */
public final class Secrets {

    public static final Secrets NONE = new Secrets(List.of());
    static final String MASK = "****";

    private final List<String> values;

    private Secrets(List<String> values) {
        this.values = values;
    }

    public static Secrets of(String... secrets) {
        return NONE.with(secrets);
    }

    /** These secrets and more; blank ones are ignored. */
    public Secrets with(String... more) {
        List<String> added =
                Stream.of(more).filter(s -> s != null && !s.isBlank()).toList();
        return added.isEmpty()
                ? this
                : new Secrets(Stream.concat(values.stream(), added.stream()).toList());
    }

    /** Whether the text contains a secret as it is: enough for a plain id, in which no escaped form can appear. */
    public boolean containsRaw(String text) {
        return values.stream().anyMatch(text::contains);
    }

    /** The text with every form of every secret replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public String redact(String text) {
        if (text == null || values.isEmpty()) {
            return text;
        }
        String out = text;
        for (String form : forms()) {
            out = replaceAll(out, form);
        }
        return out;
    }

    private Set<String> forms() {
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
     * Replaces every occurrence of {@code form}, and a tail of the text that is the start of it. Plain string search:
     * linear in the text for secrets that do not repeat themselves, as keys, tokens and signatures do not.
     */
    private static String replaceAll(String text, String form) {
        String out = text.replace(form, MASK);
        for (int at = Math.max(0, out.length() - form.length() + 1); at <= out.length() - MIN_TAIL; at++) {
            if (out.regionMatches(at, form, 0, out.length() - at)) {
                return out.substring(0, at) + MASK;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "Secrets[" + values.size() + " hidden]";
    }
}
