package io.jenkins.plugins.codeartsbuild.client.model;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.JOB_ID;
import static io.jenkins.plugins.codeartsbuild.client.Fixtures.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.jobs.Chosen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a selection may be: checked whole by {@link JobSelection#of}, before anything is sent. */
class JobSelectionTest {

    private static final String OTHER = "0123456789abcdef0123456789abcdef";

    private static Chosen selection(Consumer<Chosen> settings) {
        Chosen s = new Chosen();
        settings.accept(s);
        return s;
    }

    private static void assertProblem(Chosen s, Problem problem) {
        assertThatThrownBy(s::check)
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(problem));
    }

    @Test
    void aListWithANullIdIsRefusedAsAnInvalidIdInEveryPath() throws Exception {
        // a Pipeline list with an unset parameter: jobIds: [params.A, params.B] with B unset
        Chosen s = new Chosen();
        s.setJobIds(Arrays.asList(JOB_ID, null));
        // a freestyle build's text is never asked about the missing id: it stays missing, never "null"
        SelectionOptions.Text noVariables = (option, text, pattern) -> Objects.requireNonNull(text);

        for (ThrowingCallable check : List.<ThrowingCallable>of(s::check, () -> JobSelection.of(s, noVariables))) {
            assertThatThrownBy(check).isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                assertThat(e.getProblem()).isEqualTo(Problem.JOB_IDS_INVALID);
                assertThat(e.getArguments()).containsExactly("1", "2", "''");
            });
        }
    }

    @Test
    void noSelectorIsAClearError() {
        assertProblem(new Chosen(), Problem.SELECTOR_MISSING);
        assertProblem(
                selection(s -> {
                    s.setJobId("  ");
                    s.setJobName("");
                    s.setJobNamePattern("\t");
                }),
                Problem.SELECTOR_MISSING);
    }

    @Test
    void moreThanOneSelectorIsAClearErrorNamingThemAll() {
        Chosen s = selection(x -> {
            x.setJobId(JOB_ID);
            x.setJobIds(List.of(OTHER));
            x.setJobNamePattern("nightly-*");
        });

        assertThatThrownBy(s::check).isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.SELECTOR_AMBIGUOUS);
            assertThat(e.getMessage()).contains("jobId, jobIds, jobNamePattern");
        });
        assertProblem(
                selection(x -> {
                    x.setJobName("a");
                    x.setJobNamePattern("a*");
                }),
                Problem.SELECTOR_AMBIGUOUS);
    }

    @Test
    void anEmptyListIsGivenAndWrong() {
        assertProblem(selection(s -> s.setJobIds(List.of())), Problem.JOB_IDS_EMPTY);
    }

    @Test
    void oneBadIdAmongGoodOnesRefusesTheWholeListCountingTheBadOnes() {
        Chosen s = selection(x -> x.setJobIds(Arrays.asList(JOB_ID, "../x", OTHER, null, "a\nb")));

        assertThatThrownBy(s::check).isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.JOB_IDS_INVALID);
            assertThat(e.getArguments()).containsExactly("3", "5", "'../x'");
            assertThat(e.getMessage()).doesNotContain("\n");
        });
        assertThatThrownBy(selection(x -> x.setJobIds(List.of(JOB_ID, "a\nb")))::check)
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getMessage()).contains("'a\\nb'").doesNotContain("\n"));
    }

    @Test
    void duplicatesAreRemovedInOrderAndCounted() throws Exception {
        JobSelection plan = selection(s -> s.setJobIds(List.of(JOB_ID, OTHER, JOB_ID, JOB_ID, OTHER)))
                .check();

        assertThat(plan.kind()).isEqualTo(JobSelection.Kind.JOB_IDS);
        assertThat(plan.ids()).containsExactly(JOB_ID, OTHER);
        assertThat(plan.duplicatesRemoved()).isEqualTo(3);
        assertThat(plan.describe()).isEqualTo(JOB_ID + ", … (2)");
    }

    @Test
    void idsDifferingInCaseAreNotDuplicates() throws Exception {
        JobSelection plan = selection(s -> s.setJobIds(List.of(JOB_ID, JOB_ID.toUpperCase(java.util.Locale.ROOT))))
                .check();

        assertThat(plan.ids()).hasSize(2);
        assertThat(plan.duplicatesRemoved()).isZero();
    }

    @Test
    void theListGivenIsCopied() throws Exception {
        List<String> ids = new ArrayList<>(List.of(JOB_ID));
        JobSelection checked = selection(x -> x.setJobIds(ids)).check();
        ids.add("../x");
        ids.set(0, OTHER);

        assertThat(checked.ids()).containsExactly(JOB_ID);
        assertThatThrownBy(() -> checked.ids().add(OTHER)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSingleIdIsCheckedLikeTheSingleDelete() throws Exception {
        assertProblem(selection(s -> s.setJobId("a/b")), Problem.JOB_ID_INVALID);
        assertProblem(selection(s -> s.setJobId(" " + JOB_ID)), Problem.JOB_ID_INVALID);
        JobSelection plan = selection(s -> s.setJobId(JOB_ID)).check();
        assertThat(plan.ids()).containsExactly(JOB_ID);
        assertThat(plan.describe()).isEqualTo(JOB_ID);
    }

    @Test
    void defaults() throws Exception {
        JobSelection plan = selection(s -> s.setJobName("nightly")).check();

        assertThat(plan.maxJobs()).isEqualTo(50);
        assertThat(plan.parallelism()).isEqualTo(4);
        assertThat(plan.dryRun()).isFalse();
        assertThat(plan.ignoreMissing()).isFalse();
        assertThat(plan.codeArtsProjectId()).isNull();
        assertThat(plan.ids()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 17, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void parallelismOutOfRangeIsRefused(int parallelism) {
        Chosen s = selection(x -> {
            x.setJobIds(List.of(JOB_ID));
            x.setParallelism(parallelism);
        });

        assertThatThrownBy(s::check).isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.PARALLELISM_INVALID);
            assertThat(e.getMessage()).contains(String.valueOf(parallelism), "16");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 16})
    void parallelismAtTheBoundsIsAccepted(int parallelism) throws Exception {
        Chosen s = selection(x -> {
            x.setJobIds(List.of(JOB_ID));
            x.setParallelism(parallelism);
        });

        assertThat(s.check().parallelism()).isEqualTo(parallelism);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 10_001})
    void maxJobsOutOfRangeIsRefused(int maxJobs) {
        assertProblem(
                selection(x -> {
                    x.setJobNamePattern("*");
                    x.setMaxJobs(maxJobs);
                }),
                Problem.MAX_JOBS_INVALID);
    }

    @Test
    void aCodeArtsProjectIdRestrictsNameLookUpsOnly() throws Exception {
        assertProblem(
                selection(s -> {
                    s.setJobId(JOB_ID);
                    s.setCodeArtsProjectId(PROJECT_ID);
                }),
                Problem.PROJECT_WITHOUT_NAME);
        assertProblem(
                selection(s -> {
                    s.setJobIds(List.of(JOB_ID));
                    s.setCodeArtsProjectId(PROJECT_ID);
                }),
                Problem.PROJECT_WITHOUT_NAME);
        assertProblem(
                selection(s -> {
                    s.setJobName("nightly");
                    s.setCodeArtsProjectId("../" + PROJECT_ID);
                }),
                Problem.CODEARTS_PROJECT_ID_INVALID);

        JobSelection plan = selection(s -> {
                    s.setJobName("nightly");
                    s.setCodeArtsProjectId(" " + PROJECT_ID + "\n");
                })
                .check();
        assertThat(plan.codeArtsProjectId()).isEqualTo(PROJECT_ID);
    }

    @Test
    void aNameIsKeptAsGivenAndAPatternOfOnlyAStarIsAllowed() throws Exception {
        assertThat(selection(s -> s.setJobName(" my job* ")).check().name()).isEqualTo(" my job* ");
        JobSelection star = selection(s -> s.setJobNamePattern("*")).check();
        assertThat(star.kind()).isEqualTo(JobSelection.Kind.JOB_NAME_PATTERN);
        assertThat(star.name()).isEqualTo("*");
        assertThat(star.maxJobs()).isEqualTo(JobSelection.DEFAULT_MAX_JOBS);
    }

    @Test
    void aNameTooLongIsRefusedShownShortened() {
        String name = "n".repeat(JobSelection.MAX_NAME_LENGTH + 1);

        assertThatThrownBy(selection(s -> s.setJobName(name))::check)
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.JOB_NAME_INVALID);
                    assertThat(e.getMessage()).hasSizeLessThan(200);
                });
    }

    /**
     * No job name holds a control character: a name, pattern or prefix with one (a value read with
     * {@code sh(returnStdout: true)} ends with a line break) is refused, not matched against nothing; the refusal shows
     * it escaped on one line, so that it cannot forge a log line.
     */
    @ParameterizedTest
    @ValueSource(strings = {"pr-\n", "x\nFinished: SUCCESS\u001b[8m*", "a\tb", "nightly\r", "del\u007f"})
    void aNameWithAControlCharacterIsRefusedShownOnOneLine(String name) {
        for (Consumer<Chosen> set : List.<Consumer<Chosen>>of(
                s -> s.setJobName(name), s -> s.setJobNamePattern(name), s -> s.setJobNamePrefix(name))) {
            assertThatThrownBy(selection(set)::check).isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                assertThat(e.getProblem()).isEqualTo(Problem.JOB_NAME_CONTROL);
                assertThat(e.getMessage()).doesNotContainPattern("[\\p{Cc}]");
            });
        }
    }

    @Test
    void textIsAppliedToEveryTextButTheCredentialsIdBlankAfterwardsIsNotSet() throws Exception {
        Map<String, String> asked = new LinkedHashMap<>();
        Map<String, String> values =
                Map.of("A", JOB_ID, "B", OTHER, "N", "pr-*", "P", " " + PROJECT_ID + " ", "R", "cn-east-3 ");
        SelectionOptions.Text text = (option, given, pattern) -> {
            asked.merge(option, given + (pattern ? " (pattern)" : ""), (a, b) -> a + ", " + b);
            return values.get(given);
        };
        Chosen s = selection(x -> {
            x.setJobNamePattern("N");
            x.setCodeArtsProjectId(" P ");
            x.setCredentialsId(" ${CREDS} ");
            x.setRegion("R");
            x.setMaxJobs(7);
        });

        JobSelection checked = JobSelection.of(s, text);
        JobSelection ids = JobSelection.of(selection(x -> x.setJobIds(List.of("A", "B"))), text);

        assertThat(asked)
                .containsExactly(
                        Map.entry("jobNamePattern", "N (pattern)"),
                        Map.entry("codeArtsProjectId", "P"),
                        Map.entry("region", "R"),
                        Map.entry("jobIds", "A, B"));
        assertThat(checked.name()).isEqualTo("pr-*");
        assertThat(checked.codeArtsProjectId()).isEqualTo(PROJECT_ID);
        assertThat(checked.region()).isEqualTo("cn-east-3");
        // as written: the credentials lookup resolves ${NAME} of a credentials parameter with the starting user's
        // rights
        assertThat(checked.credentialsId()).isEqualTo("${CREDS}");
        assertThat(checked.maxJobs()).isEqualTo(7);
        assertThat(ids.ids()).containsExactly(JOB_ID, OTHER);
        assertThatThrownBy(() -> JobSelection.of(selection(x -> x.setJobName("N")), (o, t, p) -> " "))
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(Problem.SELECTOR_MISSING));
    }

    @Test
    void aVariableWithoutValueIsSaidBeforeTheSelectionsOwnProblems() {
        SelectionOptions.Text refuse = (option, text, pattern) -> {
            throw new CodeArtsValidationException(Problem.VARIABLE_NOT_SET, option, "'" + text + "'", text);
        };

        for (Consumer<Chosen> given : List.<Consumer<Chosen>>of(
                x -> x.setJobNamePattern("pr-$X-*"),
                x -> x.setJobNamePrefix("pr-$X"),
                x -> x.setJobIds(List.of(JOB_ID, "$X")),
                x -> x.setRegion("$X"))) {
            Chosen s = selection(given.andThen(x -> x.setMaxJobs(0)));

            assertThatThrownBy(() -> JobSelection.of(s, refuse))
                    .isInstanceOfSatisfying(
                            CodeArtsValidationException.class,
                            e -> assertThat(e.getProblem()).isEqualTo(Problem.VARIABLE_NOT_SET));
        }
    }

    @Test
    void aNumberTypedIntoAFormIsCheckedByTheRunsRuleShownAsTyped() throws Exception {
        assertThat(SelectionOptions.inRange(" 10000 ", 10_000, Problem.MAX_JOBS_INVALID))
                .isEqualTo(10_000);
        for (String typed : new String[] {"0", "10001", "99999999999", "-1", "1.5", "a\nb"}) {
            assertThatThrownBy(() -> SelectionOptions.inRange(typed, 10_000, Problem.MAX_JOBS_INVALID))
                    .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                        assertThat(e.getProblem()).isEqualTo(Problem.MAX_JOBS_INVALID);
                        assertThat(e.getArguments().get(1)).isEqualTo("10000");
                        assertThat(e.getMessage()).doesNotContain("\n");
                    });
        }
    }
}
