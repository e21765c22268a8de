package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions;
import java.util.ArrayList;
import java.util.List;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * What the steps that act on a selection of jobs have ({@code codeartsDeleteBuildJob}, {@code codeartsRestoreBuildJob}):
 * exactly one selector of {@code jobId}, {@code jobIds}, {@code jobName}, {@code jobNamePattern},
 * {@code jobNamePrefix}, and {@code codeArtsProjectId}, {@code dryRun}, {@code maxJobs}, {@code parallelism},
 * {@code ignoreMissing}; each option's meaning and default live in {@link SelectionOptions}, its check in
 * {@link JobSelection}.
 */
public abstract class SelectionStep extends CodeArtsStep implements SelectionOptions {

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

    @CheckForNull
    public String getJobId() {
        return jobId;
    }

    @DataBoundSetter
    public void setJobId(@CheckForNull String jobId) {
        this.jobId = SelectionOptions.text(jobId);
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
        return Forms.joinLines(jobIds);
    }

    @CheckForNull
    public String getJobName() {
        return jobName;
    }

    @DataBoundSetter
    public void setJobName(@CheckForNull String jobName) {
        this.jobName = SelectionOptions.text(jobName);
    }

    @CheckForNull
    public String getJobNamePattern() {
        return jobNamePattern;
    }

    @DataBoundSetter
    public void setJobNamePattern(@CheckForNull String jobNamePattern) {
        this.jobNamePattern = SelectionOptions.text(jobNamePattern);
    }

    @CheckForNull
    public String getJobNamePrefix() {
        return jobNamePrefix;
    }

    @DataBoundSetter
    public void setJobNamePrefix(@CheckForNull String jobNamePrefix) {
        this.jobNamePrefix = SelectionOptions.text(jobNamePrefix);
    }

    @CheckForNull
    public String getCodeArtsProjectId() {
        return codeArtsProjectId;
    }

    @DataBoundSetter
    public void setCodeArtsProjectId(@CheckForNull String codeArtsProjectId) {
        this.codeArtsProjectId = SelectionOptions.setting(codeArtsProjectId);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** {@code null} (an unset parameter: {@code dryRun: params.PREVIEW}) is {@code false}. */
    @DataBoundSetter
    public void setDryRun(@CheckForNull Boolean dryRun) {
        this.dryRun = Boolean.TRUE.equals(dryRun);
    }

    public int getMaxJobs() {
        return maxJobs;
    }

    /** {@code null} (an unset parameter: {@code maxJobs: params.MAX}) is the default; other values are checked. */
    @DataBoundSetter
    public void setMaxJobs(@CheckForNull Integer maxJobs) {
        this.maxJobs = maxJobs == null ? JobSelection.DEFAULT_MAX_JOBS : maxJobs;
    }

    public int getParallelism() {
        return parallelism;
    }

    /** {@code null} (an unset parameter) is the default; other values are checked. */
    @DataBoundSetter
    public void setParallelism(@CheckForNull Integer parallelism) {
        this.parallelism = parallelism == null ? JobSelection.DEFAULT_PARALLELISM : parallelism;
    }

    public boolean isIgnoreMissing() {
        return ignoreMissing;
    }

    /** {@code null} (an unset parameter) is {@code false}. */
    @DataBoundSetter
    public void setIgnoreMissing(@CheckForNull Boolean ignoreMissing) {
        this.ignoreMissing = Boolean.TRUE.equals(ignoreMissing);
    }

    /** The form checks of the selection's fields. */
    public abstract static class SelectionStepDescriptor extends CodeArtsStepDescriptor {

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
            return Forms.checkSelectors(item, false, value, jobIds, jobName, jobNamePattern, jobNamePrefix);
        }

        @POST
        public FormValidation doCheckJobIds(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.checkJobIds(item, value, false);
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
