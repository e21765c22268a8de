package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobSelection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * The freestyle build step: the options of {@link DeleteBuildJobStep} (ids one per line in a text area), with the
 * build's variables expanded in every text ({@link JobSelection#expand}: a value inserted into a pattern is taken
 * literally, and a variable without a value is refused). Needs no workspace. It has no symbol: in Pipeline, use
 * {@code codeartsDeleteBuildJob}.
 */
public class DeleteBuildJobBuilder extends CodeArtsBuilder implements DeleteOptions {

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

    @DataBoundConstructor
    public DeleteBuildJobBuilder() {}

    /** Options missing from the stored configuration (XStream sets no defaults) get theirs. */
    protected Object readResolve() {
        setMaxJobs(maxJobs);
        setParallelism(parallelism);
        return this;
    }

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

    /** Kept as an {@link ArrayList}: XStream stores it as plain elements (a JDK-internal list class would not load). */
    @DataBoundSetter
    public void setJobIds(@CheckForNull List<String> jobIds) {
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

    /** 1 to 10,000; below 1 (a blank form field, or a stored configuration without it) is the default. */
    @DataBoundSetter
    public void setMaxJobs(int maxJobs) {
        this.maxJobs = maxJobs < 1 ? JobSelection.DEFAULT_MAX_JOBS : maxJobs;
    }

    public int getParallelism() {
        return parallelism;
    }

    /** 1 to 16; below 1 (a blank form field, or a stored configuration without it) is the default. */
    @DataBoundSetter
    public void setParallelism(int parallelism) {
        this.parallelism = parallelism < 1 ? JobSelection.DEFAULT_PARALLELISM : parallelism;
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
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        DeleteBuildJobService.delete(run, listener, expanded(toSelection(), env));
    }

    @Extension
    public static final class DescriptorImpl extends CodeArtsBuilderDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.DeleteBuildJobBuilder_DisplayName();
        }

        /** The step whose form this one shows (its fields are the same), as a class: see {@code config.jelly}. */
        public Class<DeleteBuildJobStep> getStepClass() {
            return DeleteBuildJobStep.class;
        }

        /** The form's text area of ids becomes the list kept in the builder. */
        @Override
        public Builder newInstance(StaplerRequest2 req, JSONObject form) throws FormException {
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
            return Forms.checkDeleteSelectors(item, true, value, jobIds, jobName, jobNamePattern, jobNamePrefix);
        }

        @POST
        public FormValidation doCheckJobIds(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.checkJobIds(item, value, true);
        }

        @POST
        public FormValidation doCheckNotBuiltForDays(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.checkNotBuiltForDays(item, value);
        }

        @POST
        public FormValidation doCheckCodeArtsProjectId(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.checkCodeArtsProjectId(item, value, true);
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
