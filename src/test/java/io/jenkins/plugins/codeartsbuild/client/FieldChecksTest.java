package io.jenkins.plugins.codeartsbuild.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.FieldChecks.Level;
import io.jenkins.plugins.codeartsbuild.client.FieldChecks.Verdict;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobSelection.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What the forms say as fields are typed. Jenkins checks every field when a form loads, so a blank field is never an
 * error: the selectors are checked once, together; a blank region is only a warning when no default exists either.
 */
class FieldChecksTest {

    private static final String ID = Fixtures.JOB_ID;
    private static final List<Kind> DELETE =
            List.of(Kind.JOB_ID, Kind.JOB_IDS, Kind.JOB_NAME, Kind.JOB_NAME_PATTERN, Kind.JOB_NAME_PREFIX);

    /** Every check of a field, as the forms call it, on one value. */
    private static List<Function<String, Verdict>> everyFieldCheck() {
        List<Function<String, Verdict>> all = new ArrayList<>();
        for (boolean expands : new boolean[] {false, true}) {
            all.add(v -> FieldChecks.jobId(v, expands));
            all.add(v -> FieldChecks.jobIds(v, expands));
            all.add(v -> FieldChecks.codeArtsProjectId(v, expands));
            all.add(v -> FieldChecks.region(v, expands, "cn-north-4"));
        }
        all.add(v -> FieldChecks.number(v, JobSelection.MAX_MAX_JOBS, Problem.MAX_JOBS_INVALID));
        all.add(v -> FieldChecks.number(v, JobSelection.MAX_PARALLELISM, Problem.PARALLELISM_INVALID));
        all.add(v -> FieldChecks.endpoint(Service.IAM, v));
        all.add(v -> FieldChecks.endpoint(Service.CODEARTS_BUILD, v));
        all.add(FieldChecks::iamProjectId);
        return all;
    }

    @Test
    void aBlankFieldIsFine() {
        for (String blank : new String[] {null, "", "   ", "\n"}) {
            for (Function<String, Verdict> check : everyFieldCheck()) {
                assertThat(check.apply(blank).level()).as("%s", blank).isEqualTo(Level.OK);
            }
        }
    }

    @Test
    void aWrongValueIsAnError() {
        for (Function<String, Verdict> check : everyFieldCheck()) {
            Verdict v = check.apply("../x y");
            assertThat(v.level()).isEqualTo(Level.ERROR);
            assertThat(v.problem()).isNotNull();
        }
    }

    @Test
    void selectorsAreSaidOnce() {
        Verdict none = FieldChecks.selectors(DELETE, List.of("", "", " ", "", ""));
        Verdict one = FieldChecks.selectors(DELETE, List.of("", "", "main", "", ""));
        Verdict two = FieldChecks.selectors(DELETE, List.of(ID, "", "", "pr-*", ""));

        assertThat(none.level()).isEqualTo(Level.WARNING);
        assertThat(none.problem().getProblem()).isEqualTo(Problem.SELECTOR_MISSING);
        assertThat(one).isEqualTo(Verdict.OK);
        assertThat(two.level()).isEqualTo(Level.ERROR);
        assertThat(two.problem().getArguments()).containsExactly("jobId, jobNamePattern");
        // the job id's own check is added to the selectors' verdict, the worse wins
        assertThat(one.or(FieldChecks.jobId("x", false)).level()).isEqualTo(Level.ERROR);
        assertThat(none.or(FieldChecks.jobId("", false))).isSameAs(none);
    }

    @Test
    void aValueThatMentionsAVariableIsJudgedWhenTheBuildRuns() {
        assertThat(FieldChecks.jobId("${ID}", true)).isEqualTo(Verdict.OK);
        assertThat(FieldChecks.jobId("$ID", true)).isEqualTo(Verdict.OK);
        assertThat(FieldChecks.jobId("$ID", false).level()).isEqualTo(Level.ERROR);
        assertThat(FieldChecks.jobIds(ID + "\n${MORE}", true)).isEqualTo(Verdict.OK);
        assertThat(FieldChecks.jobIds("x\n${MORE}", true).level()).isEqualTo(Level.ERROR);
        assertThat(FieldChecks.region("${REGION}", true, null)).isEqualTo(Verdict.OK);
    }

    @Test
    void warningsSayWhatWillHappen() {
        assertThat(FieldChecks.jobIds(ID + "\n" + ID, false).problem().getProblem())
                .isEqualTo(Problem.JOB_IDS_DUPLICATED);
        assertThat(FieldChecks.region("", false, null).problem().getProblem()).isEqualTo(Problem.REGION_NOT_SET);
        assertThat(FieldChecks.region("eu-west-101", false, null).problem().getProblem())
                .isEqualTo(Problem.REGION_NOT_KNOWN);
        assertThat(FieldChecks.region("cn-north-4", false, null)).isEqualTo(Verdict.OK);
        assertThat(FieldChecks.number("10000", 10_000, Problem.MAX_JOBS_INVALID))
                .isEqualTo(Verdict.OK);
        assertThat(FieldChecks.number("10001", 10_000, Problem.MAX_JOBS_INVALID).level())
                .isEqualTo(Level.ERROR);
        assertThat(FieldChecks.number("99999999999", 10_000, Problem.MAX_JOBS_INVALID)
                        .level())
                .isEqualTo(Level.ERROR);
    }
}
