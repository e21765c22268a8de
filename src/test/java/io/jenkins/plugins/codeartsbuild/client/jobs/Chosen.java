package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions;
import java.util.List;

/** The options a test chooses, as a step holds them: set what the test needs, then {@link #check()}. */
public final class Chosen implements SelectionOptions {

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
    private boolean purge;
    private String credentialsId;
    private String region;

    /** The selection these options make, checked. */
    public JobSelection check() throws CodeArtsValidationException {
        return JobSelection.of(this, SelectionOptions.Text.AS_WRITTEN);
    }

    @Override
    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    @Override
    public List<String> getJobIds() {
        return jobIds;
    }

    public void setJobIds(List<String> jobIds) {
        this.jobIds = jobIds;
    }

    @Override
    public String getJobName() {
        return jobName;
    }

    public void setJobName(String jobName) {
        this.jobName = jobName;
    }

    @Override
    public String getJobNamePattern() {
        return jobNamePattern;
    }

    public void setJobNamePattern(String jobNamePattern) {
        this.jobNamePattern = jobNamePattern;
    }

    @Override
    public String getJobNamePrefix() {
        return jobNamePrefix;
    }

    public void setJobNamePrefix(String jobNamePrefix) {
        this.jobNamePrefix = jobNamePrefix;
    }

    @Override
    public String getCodeArtsProjectId() {
        return codeArtsProjectId;
    }

    public void setCodeArtsProjectId(String codeArtsProjectId) {
        this.codeArtsProjectId = codeArtsProjectId;
    }

    @Override
    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    @Override
    public int getMaxJobs() {
        return maxJobs;
    }

    public void setMaxJobs(int maxJobs) {
        this.maxJobs = maxJobs;
    }

    @Override
    public int getParallelism() {
        return parallelism;
    }

    public void setParallelism(int parallelism) {
        this.parallelism = parallelism;
    }

    @Override
    public boolean isIgnoreMissing() {
        return ignoreMissing;
    }

    public void setIgnoreMissing(boolean ignoreMissing) {
        this.ignoreMissing = ignoreMissing;
    }

    @Override
    public Integer getNotBuiltForDays() {
        return notBuiltForDays;
    }

    public void setNotBuiltForDays(Integer notBuiltForDays) {
        this.notBuiltForDays = notBuiltForDays;
    }

    @Override
    public boolean isOnlyDisabled() {
        return onlyDisabled;
    }

    public void setOnlyDisabled(boolean onlyDisabled) {
        this.onlyDisabled = onlyDisabled;
    }

    @Override
    public boolean isKeepNeverBuilt() {
        return keepNeverBuilt;
    }

    public void setKeepNeverBuilt(boolean keepNeverBuilt) {
        this.keepNeverBuilt = keepNeverBuilt;
    }

    @Override
    public boolean isPurge() {
        return purge;
    }

    public void setPurge(boolean purge) {
        this.purge = purge;
    }

    @Override
    public String getCredentialsId() {
        return credentialsId;
    }

    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId;
    }

    @Override
    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
