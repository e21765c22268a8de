package io.jenkins.plugins.codeartsbuild.client;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException.Problem;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build variables in a freestyle field, expanded with the grammar of Jenkins' {@code Util.replaceMacro} (what
 * {@code EnvVars.expand} uses): {@code $NAME} and {@code ${NAME}}, {@code $$} for a literal {@code $}; an inserted
 * value is not expanded again. Unlike {@code EnvVars.expand}, a variable that has no value is an error, never left in
 * the text: {@code pr-$BRANCH} with {@code BRANCH} unset must not become a job name.
 */
public final class BuildVariables {

    /** Jenkins' own pattern (core {@code hudson.Util.VARIABLE}, 2.541.3). */
    private static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z0-9_]+|\\{[A-Za-z0-9_.]+\\}|\\$)");

    private static final int SHOWN = 80;

    private BuildVariables() {}

    /** What a value must become to be taken literally where it is inserted. */
    @FunctionalInterface
    public interface Insertion {
        /**
         * @param before the text already written before the value (a glob must see whether it ends in a lone
         *     {@code \}, which would otherwise escape the value's first character)
         */
        String of(CharSequence before, String value);
    }

    /**
     * The text with each variable replaced by what {@code insertion} makes of its value.
     *
     * @param field the option's name, for the error
     * @param values the build's variables ({@code null} for one that is not set)
     * @param insertion what a value must become to be taken literally where it is inserted (a glob quotes its
     *     wildcards)
     * @throws CodeArtsValidationException naming the field and the first variable without a value, showing the text
     *     escaped on one line
     */
    public static String expand(String field, String text, Function<String, String> values, Insertion insertion)
            throws CodeArtsValidationException {
        if (text == null || text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher m = VARIABLE.matcher(text);
        int copied = 0;
        while (m.find()) {
            String key = m.group(1);
            String value;
            if (key.equals("$")) {
                value = "$";
            } else {
                String name = key.startsWith("{") ? key.substring(1, key.length() - 1) : key;
                String found = values.apply(name);
                if (found == null) {
                    throw new CodeArtsValidationException(
                            Problem.VARIABLE_NOT_SET,
                            field,
                            Texts.escapeAndShorten(text, SHOWN),
                            m.group()); // letters, digits, _ . { } $ only: safe to show as it is
                }
                out.append(text, copied, m.start());
                copied = m.start();
                value = insertion.of(out, found);
            }
            out.append(text, copied, m.start()).append(value);
            copied = m.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Whether the text refers to a variable ({@code $$}, a literal {@code $}, is none): then it is judged later. */
    public static boolean mentions(String text) {
        if (text == null || text.indexOf('$') < 0) {
            return false;
        }
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            if (!m.group(1).equals("$")) {
                return true;
            }
        }
        return false;
    }

    /** {@link #expand} with values inserted as they are. */
    public static String expand(String field, String text, Function<String, String> values)
            throws CodeArtsValidationException {
        return expand(field, text, values, (before, value) -> value);
    }
}
