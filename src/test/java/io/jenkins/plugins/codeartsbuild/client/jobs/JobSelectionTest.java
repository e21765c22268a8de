package io.jenkins.plugins.codeartsbuild.client.jobs;

import static io.jenkins.plugins.codeartsbuild.client.Fixtures.JOB_ID;
import static io.jenkins.plugins.codeartsbuild.client.Fixtures.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a selection may be: checked whole by {@link JobSelection#plan()}, before anything is sent. */
class JobSelectionTest {

    private static final String OTHER = "0123456789abcdef0123456789abcdef";

    private static JobSelection selection(Consumer<JobSelection> settings) {
        JobSelection s = new JobSelection();
        settings.accept(s);
        return s;
    }

    private static void assertProblem(JobSelection s, Problem problem) {
        assertThatThrownBy(s::plan)
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getProblem()).isEqualTo(problem));
    }

    @Test
    void aListWithANullIdIsRefusedAsAnInvalidIdInEveryPath() throws Exception {
        // a Pipeline list with an unset parameter: jobIds: [params.A, params.B] with B unset
        JobSelection s = new JobSelection();
        s.setJobIds(Arrays.asList(JOB_ID, null));

        JobSelection expanded = s.expand(name -> null);

        for (JobSelection each : List.of(s, expanded)) {
            assertThatThrownBy(each::plan).isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                assertThat(e.getProblem()).isEqualTo(Problem.JOB_IDS_INVALID);
                assertThat(e.getArguments()).containsExactly("1", "2", "''");
            });
        }
    }

    @Test
    void noSelectorIsAClearError() {
        assertProblem(new JobSelection(), Problem.SELECTOR_MISSING);
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
        JobSelection s = selection(x -> {
            x.setJobId(JOB_ID);
            x.setJobIds(List.of(OTHER));
            x.setJobNamePattern("nightly-*");
        });

        assertThatThrownBy(s::plan).isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
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
        JobSelection s = selection(x -> x.setJobIds(Arrays.asList(JOB_ID, "../x", OTHER, null, "a\nb")));

        assertThatThrownBy(s::plan).isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.JOB_IDS_INVALID);
            assertThat(e.getArguments()).containsExactly("3", "5", "'../x'");
            assertThat(e.getMessage()).doesNotContain("\n");
        });
        assertThatThrownBy(selection(x -> x.setJobIds(List.of(JOB_ID, "a\nb")))::plan)
                .isInstanceOfSatisfying(
                        CodeArtsValidationException.class,
                        e -> assertThat(e.getMessage()).contains("'a\\nb'").doesNotContain("\n"));
    }

    @Test
    void duplicatesAreRemovedInOrderAndCounted() throws Exception {
        SelectionPlan plan = selection(s -> s.setJobIds(List.of(JOB_ID, OTHER, JOB_ID, JOB_ID, OTHER)))
                .plan();

        assertThat(plan.kind()).isEqualTo(JobSelection.Kind.JOB_IDS);
        assertThat(plan.ids()).containsExactly(JOB_ID, OTHER);
        assertThat(plan.duplicatesRemoved()).isEqualTo(3);
        assertThat(plan.describe()).isEqualTo("2 ids");
    }

    @Test
    void idsDifferingInCaseAreNotDuplicates() throws Exception {
        SelectionPlan plan = selection(s -> s.setJobIds(List.of(JOB_ID, JOB_ID.toUpperCase(java.util.Locale.ROOT))))
                .plan();

        assertThat(plan.ids()).hasSize(2);
        assertThat(plan.duplicatesRemoved()).isZero();
    }

    @Test
    void theListGivenIsCopied() throws Exception {
        List<String> ids = new ArrayList<>(List.of(JOB_ID));
        JobSelection s = selection(x -> x.setJobIds(ids));
        ids.add("../x");

        assertThat(s.plan().ids()).containsExactly(JOB_ID);
        assertThatThrownBy(() -> s.getJobIds().add(OTHER)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSingleIdIsCheckedLikeTheSingleDelete() throws Exception {
        assertProblem(selection(s -> s.setJobId("a/b")), Problem.JOB_ID_INVALID);
        assertProblem(selection(s -> s.setJobId(" " + JOB_ID)), Problem.JOB_ID_INVALID);
        SelectionPlan plan = selection(s -> s.setJobId(JOB_ID)).plan();
        assertThat(plan.ids()).containsExactly(JOB_ID);
        assertThat(plan.describe()).isEqualTo(JOB_ID);
    }

    @Test
    void defaults() throws Exception {
        SelectionPlan plan = selection(s -> s.setJobName("nightly")).plan();

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
        JobSelection s = selection(x -> {
            x.setJobIds(List.of(JOB_ID));
            x.setParallelism(parallelism);
        });

        assertThatThrownBy(s::plan).isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(Problem.PARALLELISM_INVALID);
            assertThat(e.getMessage()).contains(String.valueOf(parallelism), "16");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 16})
    void parallelismAtTheBoundsIsAccepted(int parallelism) throws Exception {
        JobSelection s = selection(x -> {
            x.setJobIds(List.of(JOB_ID));
            x.setParallelism(parallelism);
        });

        assertThat(s.plan().parallelism()).isEqualTo(parallelism);
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

        SelectionPlan plan = selection(s -> {
                    s.setJobName("nightly");
                    s.setCodeArtsProjectId(" " + PROJECT_ID + "\n");
                })
                .plan();
        assertThat(plan.codeArtsProjectId()).isEqualTo(PROJECT_ID);
    }

    @Test
    void aNameIsKeptAsGivenAndAPatternOfOnlyAStarIsAllowed() throws Exception {
        assertThat(selection(s -> s.setJobName(" my job* ")).plan().name()).isEqualTo(" my job* ");
        SelectionPlan star = selection(s -> s.setJobNamePattern("*")).plan();
        assertThat(star.kind()).isEqualTo(JobSelection.Kind.JOB_NAME_PATTERN);
        assertThat(star.name()).isEqualTo("*");
        assertThat(star.maxJobs()).isEqualTo(JobSelection.DEFAULT_MAX_JOBS);
    }

    @Test
    void aNameTooLongIsRefusedShownShortened() {
        String name = "n".repeat(JobSelection.MAX_NAME_LENGTH + 1);

        assertThatThrownBy(selection(s -> s.setJobName(name))::plan)
                .isInstanceOfSatisfying(CodeArtsValidationException.class, e -> {
                    assertThat(e.getProblem()).isEqualTo(Problem.JOB_NAME_INVALID);
                    assertThat(e.getMessage()).hasSizeLessThan(200);
                });
    }

    @Test
    void describeShowsANameOnOneLineEscaped() throws Exception {
        SelectionPlan plan = selection(s -> s.setJobNamePattern("x\nFinished: SUCCESS\u001b[8m*"))
                .plan();

        assertThat(plan.describe()).doesNotContainPattern("[\\p{Cc}]").contains("x\\nFinished");
        assertThat(plan.name()).isEqualTo("x\nFinished: SUCCESS\u001b[8m*");
    }

    @Test
    void linesOfATextAreaAreIdsWithoutBlankLines() {
        assertThat(OptionText.lines(" " + JOB_ID + " \r\n\n\t\n" + OTHER + "\n"))
                .containsExactly(JOB_ID, OTHER);
        assertThat(OptionText.lines(" \n ")).isNull();
        assertThat(OptionText.lines(null)).isNull();
        assertThat(OptionText.joinLines(List.of(JOB_ID, OTHER))).isEqualTo(JOB_ID + "\n" + OTHER);
        assertThat(OptionText.joinLines(null)).isEmpty();
    }

    @Test
    void expandLooksUpEveryTextButTheCredentialsId() throws Exception {
        JobSelection s = selection(x -> {
            x.setJobIds(List.of("${A}", "$B"));
            x.setCodeArtsProjectId("${P}");
            x.setCredentialsId("key-$TEAM");
            x.setRegion("${R}");
            x.setMaxJobs(7);
        });
        Map<String, String> vars = Map.of("A", JOB_ID, "B", OTHER, "P", PROJECT_ID, "R", "cn-east-3", "TEAM", "web");

        JobSelection e = s.expand(vars::get);

        assertThat(e.getJobIds()).containsExactly(JOB_ID, OTHER);
        assertThat(e.getCodeArtsProjectId()).isEqualTo(PROJECT_ID);
        assertThat(e.getRegion()).isEqualTo("cn-east-3");
        // as written: the credentials lookup resolves ${NAME} of a credentials parameter with the starting user's
        // rights
        assertThat(e.getCredentialsId()).isEqualTo("key-$TEAM");
        assertThat(e.getMaxJobs()).isEqualTo(7);
        assertThat(s.getJobIds()).containsExactly("${A}", "$B");
    }

    @Test
    void aValueInsertedIntoAPatternIsLiteralButNotInAPrefixOrName() throws Exception {
        Map<String, String> vars = Map.of("PR", "*", "Q", "a?\\b");

        JobSelection pattern = selection(x -> x.setJobNamePattern("pr-${PR}-*")).expand(vars::get);
        JobSelection prefix = selection(x -> x.setJobNamePrefix("pr-${PR}-$Q")).expand(vars::get);

        assertThat(pattern.getJobNamePattern()).isEqualTo("pr-\\*-*");
        assertThat(pattern.plan().nameMatch()).accepts("pr-*-build").rejects("pr-12-build");
        assertThat(prefix.getJobNamePrefix()).isEqualTo("pr-*-a?\\b");
        assertThat(prefix.plan().nameMatch()).accepts("pr-*-a?\\b-x").rejects("pr-1-ab");
    }

    @Test
    void aValueInsertedRightAfterAWrittenBackslashStaysLiteral() throws Exception {
        Map<String, String> vars = Map.of("PR", "*", "Q", "\\*");

        JobSelection lone = selection(x -> x.setJobNamePattern("pr-\\${PR}")).expand(vars::get);
        JobSelection escaped =
                selection(x -> x.setJobNamePattern("pr-\\\\${PR}")).expand(vars::get);
        JobSelection twice = selection(x -> x.setJobNamePattern("pr-\\${Q}-*")).expand(vars::get);

        // the written backslash stands for itself; the value * is a star, never a wildcard
        assertThat(lone.plan().nameMatch()).accepts("pr-\\*").rejects("pr-\\x", "pr-\\", "pr-\\12");
        assertThat(escaped.plan().nameMatch()).accepts("pr-\\*").rejects("pr-\\x");
        assertThat(twice.plan().nameMatch()).accepts("pr-\\\\*-1").rejects("pr-\\x-1", "pr-\\\\x-1");
    }

    @Test
    void aVariableWithoutValueIsRefusedNamingTheOptionWhateverItsForm() {
        for (Consumer<JobSelection> given : List.<Consumer<JobSelection>>of(
                x -> x.setJobIds(List.of(JOB_ID, "${JOB_ID}")),
                x -> x.setJobName("pr-$BRANCH"),
                x -> x.setRegion("${REGION}"))) {
            JobSelection s = selection(given);

            assertThatThrownBy(() -> s.expand(name -> null))
                    .isInstanceOfSatisfying(
                            CodeArtsValidationException.class,
                            e -> assertThat(e.getProblem()).isEqualTo(Problem.VARIABLE_NOT_SET));
        }
    }

    @Test
    void aCredentialsParameterIsLeftToTheCredentialsLookupEvenWithoutAValue() throws Exception {
        JobSelection s = selection(x -> x.setCredentialsId("${CREDS}"));

        assertThat(s.expand(name -> "other-key").getCredentialsId()).isEqualTo("${CREDS}");
        assertThat(s.expand(name -> null).getCredentialsId()).isEqualTo("${CREDS}");
    }

    @Test
    void aSelectionSurvivesSerialization() throws Exception {
        JobSelection s = selection(x -> {
            x.setJobIds(List.of(JOB_ID, OTHER));
            x.setParallelism(8);
            x.setDryRun(true);
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        JobSelection back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (JobSelection) in.readObject();
        }

        assertThat(back.plan()).isEqualTo(s.plan());
    }
}
