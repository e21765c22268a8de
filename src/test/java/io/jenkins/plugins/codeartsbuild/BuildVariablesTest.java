package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection.NameMatch;
import io.jenkins.plugins.codeartsbuild.credentials.AccessKeyCredentials;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Build variables as a freestyle build expands them, through core's {@code Util.replaceMacro}: Jenkins' own grammar
 * ({@code $NAME}, {@code ${NAME}}, {@code $$}), an inserted value never expanded again, a value inserted into a pattern
 * taken literally, and a variable without a value refused, whatever its form, naming it as written. Needs Jenkins core
 * on the class path, no Jenkins: moved here from the client's tests when the grammar became core's.
 */
class BuildVariablesTest {

    private static final Map<String, String> VARS = Map.of(
            "A", "1", "BRANCH", "main", "X_Y", "v", "a.b", "dotted", "SELF", "$SELF", "STAR", "*", "EMPTY", "", "BS",
            "\\*");

    private static final BuildVariables VARIABLES = new BuildVariables(VARS::get);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "plain|plain",
                "pr-$A|pr-1",
                "pr-${A}-x|pr-1-x",
                "$A$A${A}|111",
                "${a.b}|dotted",
                "$X_Y-$BRANCH|v-main",
                "$$A|$A",
                "$$$A|$1",
                "cost $$|cost $",
                "$SELF|$SELF",
                "${SELF}x|$SELFx",
                "[$EMPTY]|[]",
                "$|$",
                "a$-b|a$-b",
                "${|${",
                "${A|${A",
            })
    void expandsAsJenkinsDoes(String text, String expanded) throws Exception {
        assertThat(VARIABLES.of("jobName", text, false)).isEqualTo(expanded);
    }

    @Test
    void theEscapeAppliesToInsertedValuesOnly() throws Exception {
        assertThat(VARIABLES.of("jobNamePattern", "pr-${STAR}-*", true)).isEqualTo("pr-\\*-*");
        assertThat(VARIABLES.of("jobNamePrefix", "pr-${STAR}-*", false)).isEqualTo("pr-*-*");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"pr-\\${STAR}|pr-\\*|pr-\\x", "pr-\\\\${STAR}|pr-\\*|pr-\\x", "pr-\\${BS}-*|pr-\\\\*-1|pr-\\x-1"})
    void aValueInsertedRightAfterAWrittenBackslashStaysLiteral(String written, String matches, String doesNot)
            throws Exception {
        String pattern = VARIABLES.of("jobNamePattern", written, true);

        // the written backslash stands for itself; the value * is a star, never a wildcard
        assertThat(globMatches(pattern, matches)).as(pattern).isTrue();
        assertThat(globMatches(pattern, doesNot)).as(pattern).isFalse();
    }

    private static boolean globMatches(String pattern, String name) {
        return NameMatch.of(JobSelection.Kind.JOB_NAME_PATTERN, pattern).test(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"pr-$NOPE|$NOPE", "pr-${NOPE}-x|${NOPE}", "$A-${a.c}|${a.c}"})
    void aVariableWithoutValueIsRefusedWhateverItsForm(String text, String variable) {
        assertThatThrownBy(() -> VARIABLES.of("jobName", text, false))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.VARIABLE_NOT_SET);
                    assertThat(e.getArguments()).containsExactly("jobName", "'" + text + "'", variable);
                });
    }

    @Test
    void theRefusedValueIsShownEscapedOnOneLine() {
        String text = "pr-$NOPE\n[ERROR] forged\u001b[31m" + "x".repeat(200);

        assertThatThrownBy(() -> VARIABLES.of("jobName", text, false))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    String shown = e.getArguments().get(1);
                    assertThat(shown)
                            .startsWith("'pr-$NOPE\\n[ERROR] forged\\u001b[31m")
                            .doesNotContain("\n");
                    assertThat(shown).endsWith("(" + text.length() + " characters)");
                    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\u001b");
                });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"$A|true", "${A}|true", "$$|false", "cost $$5|false", "plain|false", "$|false"})
    void mentionsTellsWhetherTheTextDependsOnTheBuild(String text, boolean mentions) {
        assertThat(AccessKeyCredentials.mentionsVariable(text)).isEqualTo(mentions);
    }
}
