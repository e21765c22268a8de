package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.AbstractProject;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions;
import java.util.ArrayList;
import java.util.List;
import jenkins.tasks.SimpleBuildStep;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * What the freestyle build steps of this plugin have: the options of {@link SelectionStep} as fields of the builder
 * itself, one element each in the job's {@code config.xml}. Build variables are expanded in every text but the
 * credentials id ({@link BuildVariables}, {@link SelectionOptions.Text}). Needs no workspace. A {@code null} number or
 * flag (an unset parameter through Pipeline's {@code step}, a blank form field, a stored configuration without it: XStream
 * runs no constructor and no field initializer) is the default; any other number is kept as given, so that a run refuses
 * one out of range naming the option, as the Pipeline step does, rather than silently using the default.
 */
public abstract class SelectionBuilder extends Builder implements SimpleBuildStep, SelectionOptions {

    private String credentialsId;
    private String region;
    private String jobId;
    private List<String> jobIds;
    private String jobName;
    private String jobNamePattern;
    private String jobNamePrefix;
    private String codeArtsProjectId;
    private boolean dryRun;
    private Integer maxJobs;
    private Integer parallelism;
    private boolean ignoreMissing;

    @CheckForNull
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = SelectionOptions.setting(credentialsId);
    }

    @CheckForNull
    public String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(@CheckForNull String region) {
        this.region = SelectionOptions.setting(region);
    }

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

    /** The ids one per line, for the form's text area. */
    public String getJobIdsText() {
        return FormValues.joinLines(jobIds);
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

    @DataBoundSetter
    public void setDryRun(@CheckForNull Boolean dryRun) {
        this.dryRun = Boolean.TRUE.equals(dryRun);
    }

    public int getMaxJobs() {
        return maxJobs != null ? maxJobs : JobSelection.DEFAULT_MAX_JOBS;
    }

    @DataBoundSetter
    public void setMaxJobs(@CheckForNull Integer maxJobs) {
        this.maxJobs = maxJobs;
    }

    public int getParallelism() {
        return parallelism != null ? parallelism : JobSelection.DEFAULT_PARALLELISM;
    }

    @DataBoundSetter
    public void setParallelism(@CheckForNull Integer parallelism) {
        this.parallelism = parallelism;
    }

    public boolean isIgnoreMissing() {
        return ignoreMissing;
    }

    @DataBoundSetter
    public void setIgnoreMissing(@CheckForNull Boolean ignoreMissing) {
        this.ignoreMissing = Boolean.TRUE.equals(ignoreMissing);
    }

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    public abstract static class SelectionBuilderDescriptor extends BuildStepDescriptor<Builder> implements StepForms {

        @Override
        public boolean expandsBuildVariables() {
            return true;
        }

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        /** The form's text area of ids becomes the list kept in the builder. */
        @Override
        public Builder newInstance(StaplerRequest2 req, JSONObject form) throws FormException {
            return super.newInstance(req, FormValues.normalized(form));
        }
    }
}
