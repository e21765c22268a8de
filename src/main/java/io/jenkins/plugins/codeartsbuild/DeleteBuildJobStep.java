package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code codeartsDeleteBuildJob}: deletes the CodeArts Build jobs selected by exactly one of {@code jobId},
 * {@code jobIds}, {@code jobName}, {@code jobNamePattern} or {@code jobNamePrefix}, and returns one map of one shape
 * whatever the selection (counts and one entry per job). Needs no {@code node}: the calls are made from the
 * controller, off the CPS thread; aborting the build cancels them, and the log says what was done before the step
 * ends. Each option's meaning, default and check live in {@link JobSelection}.
 */
public final class DeleteBuildJobStep extends CodeArtsStep implements DeleteOptions {

    private String jobId;
    private List<String> jobIds;
    private String jobName;
    private String jobNamePattern;
    private String jobNamePrefix;
    private String codeArtsProjectId;
    private boolean dryRun;
    private int maxJobs = JobSelection.DEFAULT_MAX_JOBS;
    private int parallelism = JobSelection.DEFAULT_PARALLELISM;
    private boolean ignoreMissing;
    private Integer notBuiltForDays;
    private boolean onlyDisabled;
    private boolean keepNeverBuilt;

    /** Every option is a setter: the selectors are alternatives, and declarative requires constructor arguments. */
    @DataBoundConstructor
    public DeleteBuildJobStep() {}

    @CheckForNull
    public String getJobId() {
        return jobId;
    }

    @DataBoundSetter
    public void setJobId(@CheckForNull String jobId) {
        this.jobId = JobSelection.text(jobId);
    }

    @CheckForNull
    public List<String> getJobIds() {
        return jobIds == null ? null : new ArrayList<>(jobIds);
    }

    @DataBoundSetter
    public void setJobIds(@CheckForNull List<String> jobIds) {
        // a copy that keeps null elements (an unset parameter in a list): the run refuses them with a clear message
        this.jobIds = jobIds == null ? null : new ArrayList<>(jobIds);
    }

    /** The ids one per line, for the text area of the form. */
    @NonNull
    public String getJobIdsText() {
        return JobSelection.joinLines(jobIds);
    }

    @CheckForNull
    public String getJobName() {
        return jobName;
    }

    @DataBoundSetter
    public void setJobName(@CheckForNull String jobName) {
        this.jobName = JobSelection.text(jobName);
    }

    @CheckForNull
    public String getJobNamePattern() {
        return jobNamePattern;
    }

    @DataBoundSetter
    public void setJobNamePattern(@CheckForNull String jobNamePattern) {
        this.jobNamePattern = JobSelection.text(jobNamePattern);
    }

    @CheckForNull
    public String getJobNamePrefix() {
        return jobNamePrefix;
    }

    @DataBoundSetter
    public void setJobNamePrefix(@CheckForNull String jobNamePrefix) {
        this.jobNamePrefix = JobSelection.text(jobNamePrefix);
    }

    @CheckForNull
    public String getCodeArtsProjectId() {
        return codeArtsProjectId;
    }

    @DataBoundSetter
    public void setCodeArtsProjectId(@CheckForNull String codeArtsProjectId) {
        this.codeArtsProjectId = JobSelection.trimmed(codeArtsProjectId);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public int getMaxJobs() {
        return maxJobs;
    }

    @DataBoundSetter
    public void setMaxJobs(int maxJobs) {
        this.maxJobs = maxJobs;
    }

    public int getParallelism() {
        return parallelism;
    }

    @DataBoundSetter
    public void setParallelism(int parallelism) {
        this.parallelism = parallelism;
    }

    public boolean isIgnoreMissing() {
        return ignoreMissing;
    }

    @DataBoundSetter
    public void setIgnoreMissing(boolean ignoreMissing) {
        this.ignoreMissing = ignoreMissing;
    }

    /** Keep only jobs not built for this many days; {@code null}: any age. */
    @CheckForNull
    @Override
    public Integer getNotBuiltForDays() {
        return notBuiltForDays;
    }

    @DataBoundSetter
    public void setNotBuiltForDays(@CheckForNull Integer notBuiltForDays) {
        this.notBuiltForDays = notBuiltForDays;
    }

    @Override
    public boolean isOnlyDisabled() {
        return onlyDisabled;
    }

    @DataBoundSetter
    public void setOnlyDisabled(boolean onlyDisabled) {
        this.onlyDisabled = onlyDisabled;
    }

    @Override
    public boolean isKeepNeverBuilt() {
        return keepNeverBuilt;
    }

    @DataBoundSetter
    public void setKeepNeverBuilt(boolean keepNeverBuilt) {
        this.keepNeverBuilt = keepNeverBuilt;
    }

    @Override
    public StepExecution start(StepContext context) {
        JobSelection selection = toSelection();
        return new ReportingStepExecution<Map<String, Object>>(
                context,
                () -> DeleteBuildJobService.delete(context.get(Run.class), context.get(TaskListener.class), selection));
    }

    @Extension
    public static final class DescriptorImpl extends CodeArtsStepDescriptor {

        @Override
        public String getFunctionName() {
            return "codeartsDeleteBuildJob";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.DeleteBuildJobStep_DisplayName();
        }

        /** The form's text area of ids becomes the list the Pipeline syntax has ({@code jobIds: ['…', '…']}). */
        @Override
        public Step newInstance(StaplerRequest2 req, JSONObject form) throws FormException {
            return super.newInstance(req, Forms.normalized(form));
        }

        /** The job id, and which selectors are set: said once, under the first of them. */
        @POST
        public FormValidation doCheckJobId(
                @AncestorInPath Item item,
                @QueryParameter("value") String value,
                @QueryParameter("jobIds") String jobIds,
                @QueryParameter("jobName") String jobName,
                @QueryParameter("jobNamePattern") String jobNamePattern,
                @QueryParameter("jobNamePrefix") String jobNamePrefix) {
            return Forms.checkDeleteSelectors(item, false, value, jobIds, jobName, jobNamePattern, jobNamePrefix);
        }

        @POST
        public FormValidation doCheckJobIds(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.checkJobIds(item, value, false);
        }

        @POST
        public FormValidation doCheckNotBuiltForDays(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.checkNotBuiltForDays(item, value);
        }

        @POST
        public FormValidation doCheckCodeArtsProjectId(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.checkCodeArtsProjectId(item, value, false);
        }

        @POST
        public FormValidation doCheckMaxJobs(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.checkMaxJobs(item, value);
        }

        @POST
        public FormValidation doCheckParallelism(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.checkParallelism(item, value);
        }
    }
}
