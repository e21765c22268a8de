package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions;
import java.util.ArrayList;
import java.util.List;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * What the freestyle build steps that act on a selection of jobs have: the options of {@link SelectionStep}, as
 * fields of the builder (one element each in the job's {@code config.xml}).
 */
public abstract class SelectionBuilder extends CodeArtsBuilder implements SelectionOptions {

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

    /** Kept as an {@link ArrayList}: XStream stores it as plain elements (a JDK-internal list class would not load). */
    @DataBoundSetter
    public void setJobIds(@CheckForNull List<String> jobIds) {
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

    /** {@code null} (an unset parameter, through Pipeline's {@code step}) is {@code false}. */
    @DataBoundSetter
    public void setDryRun(@CheckForNull Boolean dryRun) {
        this.dryRun = Boolean.TRUE.equals(dryRun);
    }

    public int getMaxJobs() {
        return maxJobs;
    }

    /**
     * 1 to 10,000; {@code null} or below 1 (a blank form field, a stored configuration without it, an unset
     * parameter) is the default.
     */
    @DataBoundSetter
    public void setMaxJobs(@CheckForNull Integer maxJobs) {
        this.maxJobs = maxJobs == null || maxJobs < 1 ? JobSelection.DEFAULT_MAX_JOBS : maxJobs;
    }

    public int getParallelism() {
        return parallelism;
    }

    /**
     * 1 to 16; {@code null} or below 1 (a blank form field, a stored configuration without it, an unset parameter) is
     * the default.
     */
    @DataBoundSetter
    public void setParallelism(@CheckForNull Integer parallelism) {
        this.parallelism = parallelism == null || parallelism < 1 ? JobSelection.DEFAULT_PARALLELISM : parallelism;
    }

    public boolean isIgnoreMissing() {
        return ignoreMissing;
    }

    /** {@code null} is {@code false}. */
    @DataBoundSetter
    public void setIgnoreMissing(@CheckForNull Boolean ignoreMissing) {
        this.ignoreMissing = Boolean.TRUE.equals(ignoreMissing);
    }

    /** Options missing from the stored configuration (XStream sets no defaults) get theirs: for {@code readResolve}. */
    protected void defaults() {
        setMaxJobs(maxJobs);
        setParallelism(parallelism);
    }

    /** The form checks of the selection's fields. */
    public abstract static class SelectionBuilderDescriptor extends CodeArtsBuilderDescriptor {

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
            return Forms.checkSelectors(item, true, value, jobIds, jobName, jobNamePattern, jobNamePrefix);
        }

        @POST
        public FormValidation doCheckJobIds(@AncestorInPath Item item, @QueryParameter String value) {
            return Forms.checkJobIds(item, value, true);
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
