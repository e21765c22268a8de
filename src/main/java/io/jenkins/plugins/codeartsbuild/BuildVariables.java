package io.jenkins.plugins.codeartsbuild;

import hudson.Util;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.model.Glob;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A freestyle build's variables in an option's text, put in by core's {@link Util#replaceMacro} (what
 * {@code EnvVars.expand} uses): {@code $NAME} and {@code ${NAME}}, {@code $$} for a literal {@code $}; an inserted
 * value is not expanded again. Unlike {@code EnvVars.expand}, a variable that has no value is refused, never left in
 * the text: {@code pr-$BRANCH} with {@code BRANCH} unset must not become a job name. In a name pattern each value is
 * quoted ({@link Glob#quote}, after {@link Glob#beforeExpansion}), so that it is matched literally and can never widen
 * the selection. The credentials id never comes here ({@link SelectionOptions.Text}).
 */
final class BuildVariables implements SelectionOptions.Text {

    private final Function<String, String> values;

    /** @param values the build's variables ({@code null} for one that is not set) */
    BuildVariables(Function<String, String> values) {
        this.values = values;
    }

    /**
     * @throws CodeArtsValidationException naming the option and the first variable without a value, showing the text
     *     escaped on one line
     */
    @Override
    public String of(String option, String text, boolean pattern) throws CodeArtsValidationException {
        List<String> unset = new ArrayList<>(1);
        String expanded = Util.replaceMacro(pattern ? Glob.beforeExpansion(text) : text, name -> {
            String value = values.apply(name);
            if (value == null) {
                unset.add(name);
                return null;
            }
            return pattern ? Glob.quote(value) : value;
        });
        if (!unset.isEmpty()) {
            throw new CodeArtsValidationException(
                    Problem.VARIABLE_NOT_SET, option, Texts.escapeAndShorten(text, 80), writtenAs(text, unset.get(0)));
        }
        return expanded;
    }

    /**
     * How the text writes the variable {@code name} where it first uses it, {@code $NAME} or {@code ${NAME}}, for the
     * message: the resolver is told the name only. A match counts when an even run of {@code $} precedes it (an odd
     * one makes it the {@code $$} of a literal {@code $}); only letters, digits, {@code _ . { } $}: safe to show.
     */
    private static String writtenAs(String text, String name) {
        String quoted = Pattern.quote(name);
        Matcher m = Pattern.compile(
                        name.contains(".")
                                ? "\\$\\{" + quoted + "\\}"
                                : "\\$(\\{" + quoted + "\\}|" + quoted + "(?![A-Za-z0-9_]))")
                .matcher(text);
        while (m.find()) {
            int dollars = 0;
            while (m.start() - dollars > 0 && text.charAt(m.start() - dollars - 1) == '$') {
                dollars++;
            }
            if (dollars % 2 == 0) {
                return m.group();
            }
        }
        return "${" + name + "}";
    }
}
