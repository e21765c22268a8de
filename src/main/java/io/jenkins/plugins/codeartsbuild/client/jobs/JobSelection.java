package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.BuildVariables;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * What a step was asked to do: which jobs (exactly one selector: {@code jobId}, {@code jobIds}, {@code jobName},
 * {@code jobNamePattern} or {@code jobNamePrefix}) and how ({@code codeArtsProjectId}, {@code dryRun},
 * {@code maxJobs}, {@code parallelism}, {@code ignoreMissing}, {@code credentialsId}, {@code region}). Both front ends
 * (the Pipeline step and the freestyle builder) fill one from their own fields when they run, so that each option's
 * meaning, default and check are written once, here. Setters only store (blank text means "not set", see
 * {@link #text} and {@link #trimmed}); {@link #plan()} checks everything before anything is sent.
 */
public final class JobSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DEFAULT_MAX_JOBS = 50;
    public static final int MAX_MAX_JOBS = 10_000;
    public static final int DEFAULT_PARALLELISM = 4;
    public static final int MAX_PARALLELISM = 16;
    static final int MAX_NAME_LENGTH = 256;

    /** Which selector was given. */
    public enum Kind {
        JOB_ID("jobId"),
        JOB_IDS("jobIds"),
        JOB_NAME("jobName"),
        JOB_NAME_PATTERN("jobNamePattern"),
        JOB_NAME_PREFIX("jobNamePrefix");

        private final String option;

        Kind(String option) {
            this.option = option;
        }

        /** The option's name in Pipeline syntax. */
        public String option() {
            return option;
        }
    }

    private String jobId;
    private ArrayList<String> jobIds;
    private String jobName;
    private String jobNamePattern;
    private String jobNamePrefix;
    private String codeArtsProjectId;
    private boolean dryRun;
    private int maxJobs = DEFAULT_MAX_JOBS;
    private int parallelism = DEFAULT_PARALLELISM;
    private boolean ignoreMissing;
    private Integer notBuiltForDays;
    private boolean onlyDisabled;
    private boolean keepNeverBuilt;
    private boolean purge;
    private String credentialsId;
    private String region;

    public String getJobId() {
        return jobId;
    }

    /** One job by its id; not trimmed (the id rule allows no white space). */
    public void setJobId(String jobId) {
        this.jobId = OptionText.blankToNull(jobId, false);
    }

    /** The ids given, in order, or {@code null} when the option is not set. */
    public List<String> getJobIds() {
        return jobIds == null ? null : Collections.unmodifiableList(new ArrayList<>(jobIds));
    }

    /** Several jobs by id; an empty list is kept (and refused by {@link #plan()}): it was given, and is wrong. */
    public void setJobIds(List<String> jobIds) {
        this.jobIds = jobIds == null ? null : new ArrayList<>(jobIds);
    }

    public String getJobName() {
        return jobName;
    }

    /** Exactly one job with this name (compared as it is: {@code *} and {@code ?} are plain characters here). */
    public void setJobName(String jobName) {
        this.jobName = OptionText.blankToNull(jobName, false);
    }

    public String getJobNamePattern() {
        return jobNamePattern;
    }

    /** Every job whose name matches this glob ({@code *}, {@code ?}; anchored; case-sensitive). */
    public void setJobNamePattern(String jobNamePattern) {
        this.jobNamePattern = OptionText.blankToNull(jobNamePattern, false);
    }

    public String getJobNamePrefix() {
        return jobNamePrefix;
    }

    /**
     * Every job whose name starts with this text, taken literally ({@code *}, {@code ?} and {@code \} are plain
     * characters): the safe selector for a value interpolated from elsewhere, such as {@code "pr-${CHANGE_ID}-"}.
     */
    public void setJobNamePrefix(String jobNamePrefix) {
        this.jobNamePrefix = OptionText.blankToNull(jobNamePrefix, false);
    }

    public String getCodeArtsProjectId() {
        return codeArtsProjectId;
    }

    /** Restricts name look-ups to one CodeArts project (its 32-character id). */
    public void setCodeArtsProjectId(String codeArtsProjectId) {
        this.codeArtsProjectId = OptionText.blankToNull(codeArtsProjectId, true);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** Resolve, check that each job exists and may be deleted, report, and delete nothing. */
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public int getMaxJobs() {
        return maxJobs;
    }

    /** A selection that resolves to more jobs fails before anything is deleted. 1 to {@value #MAX_MAX_JOBS}. */
    public void setMaxJobs(int maxJobs) {
        this.maxJobs = maxJobs;
    }

    public int getParallelism() {
        return parallelism;
    }

    /** How many calls may be in flight at once, 1 to {@value #MAX_PARALLELISM}. */
    public void setParallelism(int parallelism) {
        this.parallelism = parallelism;
    }

    public boolean isIgnoreMissing() {
        return ignoreMissing;
    }

    /** A job that does not exist counts as already deleted instead of failing. */
    public void setIgnoreMissing(boolean ignoreMissing) {
        this.ignoreMissing = ignoreMissing;
    }

    /** Keep only jobs not built for this many days (1 to {@value JobFilter#MAX_DAYS}); {@code null}: any age. */
    public Integer getNotBuiltForDays() {
        return notBuiltForDays;
    }

    public void setNotBuiltForDays(Integer notBuiltForDays) {
        this.notBuiltForDays = notBuiltForDays;
    }

    public boolean isOnlyDisabled() {
        return onlyDisabled;
    }

    public void setOnlyDisabled(boolean onlyDisabled) {
        this.onlyDisabled = onlyDisabled;
    }

    /** With {@code notBuiltForDays}: keep out the jobs that were never built (by default they count as old). */
    public boolean isKeepNeverBuilt() {
        return keepNeverBuilt;
    }

    public void setKeepNeverBuilt(boolean keepNeverBuilt) {
        this.keepNeverBuilt = keepNeverBuilt;
    }

    public boolean isPurge() {
        return purge;
    }

    /** After a successful delete, remove the job from the recycle bin too: permanent, it cannot be restored. */
    public void setPurge(boolean purge) {
        this.purge = purge;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    /** The credentials' id; {@code null} for the default of the global configuration. */
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = OptionText.blankToNull(credentialsId, true);
    }

    public String getRegion() {
        return region;
    }

    /** The region; {@code null} for the default of the global configuration. */
    public void setRegion(String region) {
        this.region = OptionText.blankToNull(region, true);
    }

    /**
     * A copy with the build's variables expanded ({@link BuildVariables}) in every text but the credentials id: the
     * ids, the name, the prefix, the CodeArts project id and the region as they are, and the pattern with the values'
     * {@code *}, {@code ?} and {@code \\} quoted, so that a value is always matched literally and can never widen
     * the selection. The credentials id is kept as written: {@code ${NAME}} there names a credentials parameter, which
     * the credentials lookup resolves with the rights of the user who started the build.
     *
     * @throws CodeArtsValidationException for a variable that has no value, naming the option; nothing is sent
     */
    public JobSelection expand(Function<String, String> values) throws CodeArtsValidationException {
        return SelectionVariables.expand(this, values);
    }

    /**
     * Checks the selection, all of it, before anything is sent (see {@link SelectionChecks}): exactly one selector;
     * every id valid; a list not empty; names and patterns not too long; a CodeArts project id only with a name
     * look-up, and valid; {@code maxJobs} and {@code parallelism} in range; filters only with a name look-up.
     */
    public SelectionPlan plan() throws CodeArtsValidationException {
        return SelectionChecks.plan(this);
    }

    @Override
    public String toString() {
        return "JobSelection[jobId=" + jobId + ", jobIds=" + jobIds + ", jobName=" + jobName + ", jobNamePattern="
                + jobNamePattern + ", jobNamePrefix=" + jobNamePrefix + ", codeArtsProjectId=" + codeArtsProjectId
                + ", dryRun=" + dryRun + ", purge=" + purge + ", maxJobs="
                + maxJobs + ", parallelism=" + parallelism + ", ignoreMissing=" + ignoreMissing + ", credentialsId="
                + credentialsId + ", region=" + region + "]";
    }
}
