package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.FormValidation;
import hudson.util.FormValidation.Kind;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * What the forms say as fields are typed, with the run's rules (moved here from the client's {@code FieldChecksTest}
 * when the form checks moved to the Jenkins layer). Jenkins checks every field when a form loads, so a blank field is
 * never an error: the selectors are checked once, together; a blank region is only a warning when no default exists
 * either. Without security every user may inspect, so each check says what it finds.
 */
@WithJenkins
class FormsTest {

    private static final String ID = Fixtures.JOB_ID;

    /** Every check of a field, as the forms call it, on one value. */
    private static List<Function<String, FormValidation>> everyFieldCheck() {
        List<Function<String, FormValidation>> all = new ArrayList<>();
        for (boolean expands : new boolean[] {false, true}) {
            all.add(v -> Forms.checkSelectors(null, expands, v, "", "main", "", ""));
            all.add(v -> Forms.checkJobIds(null, v, expands));
            all.add(v -> Forms.checkCodeArtsProjectId(null, v, expands));
            all.add(v -> Forms.region(v, expands, "cn-north-4"));
        }
        all.add(v -> Forms.checkNumber(null, "maxJobs", v));
        all.add(v -> Forms.checkNumber(null, "parallelism", v));
        all.add(v -> Forms.checkNumber(null, "notBuiltForDays", v));
        all.add(v -> Forms.checkNumber(null, "limit", v));
        all.add(v -> CodeArtsBuildGlobalConfiguration.get().doCheckIamEndpoint(v));
        all.add(v -> CodeArtsBuildGlobalConfiguration.get().doCheckCodeArtsBuildEndpoint(v));
        all.add(v -> CodeArtsBuildGlobalConfiguration.get().doCheckProjectId(v));
        return all;
    }

    @Test
    void aBlankFieldIsFine(JenkinsRule j) {
        for (String blank : new String[] {null, "", "   ", "\n"}) {
            for (Function<String, FormValidation> check : everyFieldCheck()) {
                assertThat(check.apply(blank).kind).as("%s", blank).isEqualTo(Kind.OK);
            }
        }
    }

    @Test
    void aWrongValueIsAnError(JenkinsRule j) {
        for (Function<String, FormValidation> check : everyFieldCheck()) {
            FormValidation v = check.apply("../x y");
            assertThat(v.kind).isEqualTo(Kind.ERROR);
            assertThat(v.getMessage()).isNotBlank();
        }
    }

    @Test
    void selectorsAreSaidOnce(JenkinsRule j) {
        FormValidation none = Forms.checkSelectors(null, false, "", "", " ", "", "");
        FormValidation one = Forms.checkSelectors(null, false, "", "", "main", "", "");
        FormValidation two = Forms.checkSelectors(null, false, ID, "", "", "pr-*", "");

        assertThat(none.kind).isEqualTo(Kind.WARNING);
        assertThat(none.getMessage()).contains("Say which jobs");
        assertThat(one.kind).isEqualTo(Kind.OK);
        assertThat(two.kind).isEqualTo(Kind.ERROR);
        assertThat(two.getMessage()).contains("given: jobId, jobNamePattern");
        // the job id's own check is added to the selectors' verdict, the worse wins
        assertThat(Forms.checkSelectors(null, false, "x", "", "", "", "").kind).isEqualTo(Kind.ERROR);
        assertThat(Forms.checkFindSelectors(null, "a", "a*", "").kind).isEqualTo(Kind.ERROR);
        assertThat(Forms.checkFindSelectors(null, "", "", "").kind).isEqualTo(Kind.WARNING);
    }

    @Test
    void aValueThatMentionsAVariableIsJudgedWhenTheBuildRuns(JenkinsRule j) {
        assertThat(Forms.checkSelectors(null, true, "${ID}", "", "", "", "").kind)
                .isEqualTo(Kind.OK);
        assertThat(Forms.checkSelectors(null, true, "$ID", "", "", "", "").kind).isEqualTo(Kind.OK);
        assertThat(Forms.checkSelectors(null, false, "$ID", "", "", "", "").kind)
                .isEqualTo(Kind.ERROR);
        assertThat(Forms.checkJobIds(null, ID + "\n${MORE}", true).kind).isEqualTo(Kind.OK);
        assertThat(Forms.checkJobIds(null, "x\n${MORE}", true).kind).isEqualTo(Kind.ERROR);
        assertThat(Forms.region("${REGION}", true, null).kind).isEqualTo(Kind.OK);
    }

    @Test
    void warningsSayWhatWillHappen(JenkinsRule j) {
        FormValidation duplicates = Forms.checkJobIds(null, ID + "\n" + ID, false);
        assertThat(duplicates.kind).isEqualTo(Kind.WARNING);
        assertThat(duplicates.getMessage()).contains("1 duplicate ids");
        assertThat(Forms.region("", false, null).kind).isEqualTo(Kind.WARNING);
        assertThat(Forms.region("eu-west-101", false, null).kind).isEqualTo(Kind.WARNING);
        assertThat(Forms.region("cn-north-4", false, null).kind).isEqualTo(Kind.OK);
        assertThat(Forms.checkNumber(null, "maxJobs", "10000").kind).isEqualTo(Kind.OK);
        assertThat(Forms.checkNumber(null, "maxJobs", "10001").kind).isEqualTo(Kind.ERROR);
        assertThat(Forms.checkNumber(null, "maxJobs", "99999999999").kind).isEqualTo(Kind.ERROR);
    }
}
