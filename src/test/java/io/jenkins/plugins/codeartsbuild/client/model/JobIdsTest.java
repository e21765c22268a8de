package io.jenkins.plugins.codeartsbuild.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.JobIds;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class JobIdsTest {

    @Test
    void acceptsThirtyTwoLettersAndDigits() throws Exception {
        assertThat(JobIds.check(Fixtures.JOB_ID)).isEqualTo(Fixtures.JOB_ID);
        assertThat(JobIds.check("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")).hasSize(32);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankIsRequired(String jobId) {
        assertThatThrownBy(() -> JobIds.check(jobId)).isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.JOB_ID_REQUIRED);
            assertThat(e.getMessage()).isEqualTo("JOB_ID_REQUIRED ");
        });
    }

    static Stream<String> badIds() {
        String id = Fixtures.JOB_ID;
        return Stream.of(
                "../x",
                "a/b",
                "%2e%2e",
                "..%2F" + id.substring(5),
                "\\" + id.substring(1),
                "?q" + id.substring(2),
                "#" + id.substring(1),
                id.substring(0, 31) + "\n",
                id + "\r\nX-Injected: 1",
                id.substring(1),
                id + "a",
                "a".repeat(10_000),
                "\u00e9" + id.substring(1),
                "${JOB_ID}",
                " " + id,
                id + " ");
    }

    @ParameterizedTest
    @MethodSource("badIds")
    void everythingElseIsRefusedShowingTheValueEscapedAndShortened(String jobId) {
        assertThatThrownBy(() -> JobIds.check(jobId)).isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.JOB_ID_INVALID);
            String shown = e.getArguments().get(0);
            assertThat(shown).doesNotContain("\n", "\r").hasSizeLessThan(120);
            assertThat(e.getMessage()).contains(shown);
        });
    }
}
