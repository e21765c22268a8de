package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code codeartsFindBuildJobs jobNamePattern: 'pr-*'}: the CodeArts Build jobs selected by exactly one of
 * {@code jobName}, {@code jobNamePattern} or {@code jobNamePrefix}, as the delete step would select them, as a list of
 * maps (their keys are the README's table; {@code ReadmeTest} compares it with the code), so that a Pipeline can choose
 * for itself.
 * Read-only: nothing is deleted. Needs no {@code node}. A {@code null} (an unset parameter: {@code limit: params.LIMIT})
 * is the default; other values are checked when the step runs.
 */
public final class FindBuildJobsStep extends CodeArtsStep {

    private int limit = CodeArtsBuildClient.DEFAULT_FIND_LIMIT;
    private Integer notBuiltForDays;
    private boolean onlyDisabled;
    private boolean keepNeverBuilt;

    /** Every option is a setter, as in {@link SelectionStep}. */
    @DataBoundConstructor
    public FindBuildJobsStep() {}

    /** The most jobs returned: more matches fail the step rather than being cut silently. */
    public int getLimit() {
        return limit;
    }

    @DataBoundSetter
    public void setLimit(@CheckForNull Integer limit) {
        this.limit = limit == null ? CodeArtsBuildClient.DEFAULT_FIND_LIMIT : limit;
    }

    @CheckForNull
    public Integer getNotBuiltForDays() {
        return notBuiltForDays;
    }

    @DataBoundSetter
    public void setNotBuiltForDays(@CheckForNull Integer notBuiltForDays) {
        this.notBuiltForDays = notBuiltForDays;
    }

    public boolean isOnlyDisabled() {
        return onlyDisabled;
    }

    @DataBoundSetter
    public void setOnlyDisabled(@CheckForNull Boolean onlyDisabled) {
        this.onlyDisabled = Boolean.TRUE.equals(onlyDisabled);
    }

    public boolean isKeepNeverBuilt() {
        return keepNeverBuilt;
    }

    @DataBoundSetter
    public void setKeepNeverBuilt(@CheckForNull Boolean keepNeverBuilt) {
        this.keepNeverBuilt = Boolean.TRUE.equals(keepNeverBuilt);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new ReportingStepExecution<List<Map<String, Object>>>(
                context,
                () -> CodeArtsService.find(context.get(Run.class), context.get(TaskListener.class), this, limit));
    }

    @Extension
    public static final class DescriptorImpl extends CodeArtsStep.CodeArtsStepDescriptor {

        @Override
        public String getFunctionName() {
            return "codeartsFindBuildJobs";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.FindBuildJobsStep_DisplayName();
        }

        /** Which selector is set: said once, under the first of them. */
        @POST
        public FormValidation doCheckJobName(
                @AncestorInPath Item item,
                @QueryParameter("value") String value,
                @QueryParameter("jobNamePattern") String jobNamePattern,
                @QueryParameter("jobNamePrefix") String jobNamePrefix) {
            return Forms.checkFindSelectors(item, value, jobNamePattern, jobNamePrefix);
        }

        @POST
        public FormValidation doCheckLimit(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.checkNumber(item, "limit", value);
        }
    }
}
