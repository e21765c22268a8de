package io.jenkins.plugins.codeartsbuild.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.jobs.Glob;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Build variables as a freestyle build expands them: Jenkins' own grammar ({@code $NAME}, {@code ${NAME}},
 * {@code $$}), an inserted value never expanded again, and a variable without a value refused, whatever its form.
 */
class BuildVariablesTest {

    private static final Map<String, String> VARS =
            Map.of("A", "1", "BRANCH", "main", "X_Y", "v", "a.b", "dotted", "SELF", "$SELF", "STAR", "*", "EMPTY", "");

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
        assertThat(BuildVariables.expand("jobName", text, VARS::get)).isEqualTo(expanded);
    }

    @Test
    void theEscapeAppliesToInsertedValuesOnly() throws Exception {
        assertThat(BuildVariables.expand("jobNamePattern", "pr-${STAR}-*", VARS::get, Glob::quoteAfter))
                .isEqualTo("pr-\\*-*");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"pr-$NOPE|$NOPE", "pr-${NOPE}-x|${NOPE}", "$A-${a.c}|${a.c}"})
    void aVariableWithoutValueIsRefusedWhateverItsForm(String text, String variable) {
        assertThatThrownBy(() -> BuildVariables.expand("jobName", text, VARS::get))
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.VARIABLE_NOT_SET);
                    assertThat(e.getArguments()).containsExactly("jobName", "'" + text + "'", variable);
                });
    }

    @Test
    void theRefusedValueIsShownEscapedOnOneLine() {
        String text = "pr-$NOPE\n[ERROR] forged\u001b[31m" + "x".repeat(200);

        assertThatThrownBy(() -> BuildVariables.expand("jobName", text, VARS::get))
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
        assertThat(BuildVariables.mentions(text)).isEqualTo(mentions);
    }
}
